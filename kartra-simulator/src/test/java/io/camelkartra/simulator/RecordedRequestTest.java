package io.camelkartra.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelkartra.simulator.form.PhpFormParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A recorded request: credentials masked wherever a test could print them, parameters as Kartra reads them. */
class RecordedRequestTest {

    private static final SimulatorCredentials SENT = new SimulatorCredentials("App1", "Key2", "Secret3");

    private static RecordedRequest received(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var form = PhpFormParser.parse(bytes);
        List<String> commands = io.camelkartra.simulator.state.CallProcessor.submittedCommands(form);
        return new RecordedRequest("POST", "/api", "application/x-www-form-urlencoded", bytes, form, true, commands);
    }

    @Test
    void credentialsAreMaskedInTheBodyAndLeftOutOfTheParameters() {
        RecordedRequest request = received("app_id=App1&api_key=Key2&api_password=Secret3&lead%5Bemail%5D=a%40example.com"
                + "&actions%5B0%5D%5Bcmd%5D=assign_tag&actions%5B0%5D%5Btag_name%5D=VIP");

        assertThat(request.body()).isEqualTo("app_id=***&api_key=***&api_password=***&lead%5Bemail%5D=a%40example.com"
                + "&actions%5B0%5D%5Bcmd%5D=assign_tag&actions%5B0%5D%5Btag_name%5D=VIP");
        assertThat(request.toString() + request.params()).doesNotContain("App1", "Key2", "Secret3");
        assertThat(request.sentCredentials(SENT)).isTrue();
        assertThat(request.sentCredentials(new SimulatorCredentials("App1", "Key2", "wrong"))).isFalse();
    }

    @Test
    void whateverNamePhpReadsAsACredentialIsMasked() {
        String masked = RecordedRequest.maskCredentials("api.password=Secret3&+api_key=Key2&api_password%5B%5D=Secret3"
                + "&app_id=&other=Secret3");

        assertThat(masked).isEqualTo("api.password=***&+api_key=***&api_password%5B%5D=***&app_id=&other=Secret3");
    }

    @Test
    void parametersLeadAndActionsAreReadAsPhpDoes() {
        RecordedRequest request = received("app_id=App1&lead[email]=a%40example.com&lead[custom_fields][0][field_identifier]=plan"
                + "&actions[0][cmd]=create_lead&actions[1][cmd]=assign_tag&actions[1][tag_name]=VIP&actions[1][tag_name]=Gold");

        assertThat(request.param("lead[email]")).isEqualTo("a@example.com");
        assertThat(request.param("app_id")).isNull();
        assertThat(request.lead()).containsExactly(Map.entry("email", "a@example.com"),
                Map.entry("custom_fields[0][field_identifier]", "plan"));
        assertThat(request.commands()).containsExactly("create_lead", "assign_tag");
        assertThat(request.actions()).containsExactly(new RecordedRequest.Action("create_lead", Map.of()),
                new RecordedRequest.Action("assign_tag", Map.of("tag_name", "Gold")));
    }

    @Test
    void getLeadIsOneActionWithItsParameters() {
        RecordedRequest request = received("get_lead[email]=a%40example.com");

        assertThat(request.actions()).containsExactly(new RecordedRequest.Action("get_lead", Map.of("email", "a@example.com")));
    }
}
