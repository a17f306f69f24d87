package io.camelkartra.simulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.state.Account;
import io.camelkartra.simulator.state.LeadView;
import io.camelkartra.simulator.support.KartraHttp;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the conformance tests: one simulator per class (plain HTTP allowed, no rate limit, demo
 * data), reset before each test; requests are hand-written form bodies.
 */
abstract class ConformanceTest {

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension(
            () -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0));

    private KartraHttp http;
    private KartraSimulator httpFor;

    KartraSimulator sim() {
        return KARTRA.simulator();
    }

    KartraHttp http() {
        if (httpFor != sim()) {
            http = KartraHttp.plain(sim());
            httpFor = sim();
        }
        return http;
    }

    /** Posts the demo credentials and {@code rest}. */
    JsonNode call(String rest) {
        return http().call(rest);
    }

    Account demo() {
        return sim().state().account("DemoUser");
    }

    LeadView john() {
        return demo().lead("john.smith@example.com").orElseThrow();
    }

    static void assertFlatError(JsonNode reply, int type, String message) {
        assertThat(reply.toString()).isEqualTo("{\"status\":\"Error\",\"message\":\"" + message.replace("\"", "\\\"")
                + "\",\"type\":\"" + type + "\"}");
    }

    /** A one-action success: top-level status, message and type, and the same in {@code actions[0].<cmd>}. */
    static JsonNode assertSingleSuccess(JsonNode reply, String cmd, int type, String message) {
        assertThat(reply.path("status").asText()).isEqualTo("Success");
        assertThat(reply.path("message").asText()).isEqualTo(message);
        assertThat(reply.path("type").asText()).isEqualTo(Integer.toString(type));
        assertThat(reply.path("actions")).hasSize(1);
        JsonNode element = reply.path("actions").get(0).path(cmd);
        assertThat(element.path("status").asText()).isEqualTo("Success");
        assertThat(element.path("message").asText()).isEqualTo(message);
        assertThat(element.path("type").asText()).isEqualTo(Integer.toString(type));
        return element;
    }

    /** The {@code actions[index].<cmd>} element of a multi-action reply. */
    static JsonNode action(JsonNode reply, int index, String cmd) {
        assertThat(reply.path("actions").get(index).has(cmd)).as("actions[%d] is %s", index, cmd).isTrue();
        return reply.path("actions").get(index).path(cmd);
    }
}
