package io.camelkartra;

import java.util.List;
import java.util.Map;

import io.camelkartra.model.CustomField;
import io.camelkartra.model.KartraInventory;
import io.camelkartra.model.Lead;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.Outcome;
import io.camelkartra.simulator.state.Account;
import io.camelkartra.support.LogCapture;
import io.camelkartra.support.SimulatorKartra;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account inventory against the Kartra simulator: fail-fast names with no call sent, option labels mapped to ids,
 * unknown custom fields, refreshes, and calls proceeding unchecked when the inventory cannot be loaded.
 */
class KartraInventoryTest extends CamelTestSupport {

    private static final String JOHN = "john.smith@example.com";

    // one simulator for the class, reset before each test
    @RegisterExtension
    static final KartraSimulatorExtension KARTRA
            = new KartraSimulatorExtension(() -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("kartra", SimulatorKartra.componentWithInventory(context, KARTRA.simulator()));
        return context;
    }

    private Account account() {
        return KARTRA.simulator().state().account(KARTRA.simulator().demoCredentials().apiKey());
    }

    private Exchange send(String uri, Object body) {
        return template.request(uri, e -> {
            e.getMessage().setHeader(KartraConstants.LEAD_EMAIL, JOHN);
            e.getMessage().setBody(body);
        });
    }

    private Exchange assignTag(String tag) {
        return template.request("kartra:assignTag", e -> {
            e.getMessage().setHeader(KartraConstants.LEAD_EMAIL, JOHN);
            e.getMessage().setHeader(KartraConstants.TAG_NAME, tag);
        });
    }

    private static Lead john(CustomField... fields) {
        Lead lead = Lead.ofEmail(JOHN);
        for (CustomField field : fields) {
            lead.addCustomField(field);
        }
        return lead;
    }

    @Test
    void misspelledTagFailsWithKartrasTypeAndNoCallSent() {
        Exchange exchange = assignTag("VIP Custmer");

        assertThat(exchange.getException()).isInstanceOf(KartraNotFoundException.class);
        KartraException failure = (KartraException) exchange.getException();
        assertThat(failure.getType()).isEqualTo(212);
        assertThat(failure.getCommand()).isEqualTo("assign_tag");
        assertThat(failure.getMessage()).contains("VIP Custmer").contains("VIP Customer");
        assertThat(exchange.getMessage().getHeader(KartraConstants.MESSAGE_TYPE)).isEqualTo(212);
        assertThat(KARTRA.simulator().calls().count("assign_tag")).isZero();
        assertThat(KARTRA.simulator().calls().count("retrieve_account_tags")).isEqualTo(1);
        assertThat(account().lead(JOHN).orElseThrow().tags()).containsExactly("VIP Customer");
    }

    @Test
    void unknownListAndSequenceFailWithTheirTypes() {
        Exchange list = template.request("kartra:subscribeLeadToList?listName=Newsleter",
                e -> e.getMessage().setHeader(KartraConstants.LEAD_EMAIL, JOHN));
        Exchange sequence = template.request("kartra:subscribeLeadToSequenceAtStep?sequenceName=Welcome&step=1",
                e -> e.getMessage().setHeader(KartraConstants.LEAD_EMAIL, JOHN));
        Exchange chain = send("kartra:editLead?tagNames=VIP Customer,Nope", john());

        assertThat(((KartraException) list.getException()).getType()).isEqualTo(231);
        assertThat(((KartraException) sequence.getException()).getType()).isEqualTo(219);
        KartraException chained = (KartraException) chain.getException();
        assertThat(chained.getType()).isEqualTo(212);
        assertThat(chained.getActionIndex()).isEqualTo(2);
        assertThat(KARTRA.simulator().calls().total()).isEqualTo(5); // the five retrieve calls of one inventory load
        assertThat(KARTRA.simulator().calls().count("retrieve_custom_fields")).isEqualTo(1);
    }

    @Test
    void namesCompareIgnoringCaseAsKartraDoes() {
        Exchange exchange = assignTag("webinar attendee");

        assertThat(exchange.getException()).isNull();
        assertThat(account().lead(JOHN).orElseThrow().tags()).contains("Webinar Attendee");
    }

    @Test
    void checkboxLabelsArriveAsOptionIds() {
        Exchange exchange = send("kartra:editLead", john(CustomField.options("interests", "Music", "TRAVEL")));

        assertThat(exchange.getException()).isNull();
        assertThat(account().lead(JOHN).orElseThrow().customFieldValues()).containsEntry("interests", List.of("music", "travel"));
        Lead read = template.requestBody("kartra:getLead", JOHN, Lead.class);
        assertThat(read.getCustomField("interests").getOptionIds()).containsExactly("607", "608");
        assertThat(read.getCustomField("interests").getSelectedOptions()).extracting("optionValue").containsExactly("music", "travel");
        KartraInventory inventory = context.getEndpoint("kartra:editLead", KartraEndpoint.class).getInventory();
        assertThat(inventory.optionLabel("interests", "607")).contains("music");
    }

    @Test
    void radioAndDropDownLabelsAndIdsAreAccepted() {
        Exchange exchange = send("kartra:editLead",
                john(CustomField.option("gender", "Female"), CustomField.option("plan_choice", "603")));
        Exchange byMap = send("kartra:editLead", Map.of("email", JOHN, "custom_fields",
                List.of(Map.of("field_identifier", "plan_choice", "field_value", "basic"))));

        assertThat(exchange.getException()).isNull();
        assertThat(byMap.getException()).isNull();
        Map<String, Object> values = account().lead(JOHN).orElseThrow().customFieldValues();
        assertThat(values).containsEntry("gender", "female").containsEntry("plan_choice", "basic");
    }

    @Test
    void labelsDoNotChangeTheMessageBody() {
        Lead lead = john(CustomField.option("gender", "female"));

        send("kartra:editLead", lead);

        assertThat(lead.getCustomField("gender").getText()).isEqualTo("female");
    }

    @Test
    void unknownLabelNamesTheFieldAndItsOptions() {
        Exchange exchange = send("kartra:editLead", john(CustomField.options("interests", "sports", "cooking")));

        assertThat(exchange.getException()).isInstanceOf(KartraValidationException.class);
        KartraException failure = (KartraException) exchange.getException();
        assertThat(failure.getType()).isEqualTo(271);
        assertThat(failure.getMessage()).contains("'cooking'", "'interests'", "sports (606)", "music (607)", "travel (608)");
        assertThat(KARTRA.simulator().calls().count("edit_lead")).isZero();
    }

    @Test
    void unknownCustomFieldIsAnErrorNotASilentLoss() {
        Exchange exchange = send("kartra:editLead", john(CustomField.text("txet1", "hello")));

        assertThat(exchange.getException()).isInstanceOf(KartraValidationException.class);
        assertThat(exchange.getException().getMessage()).contains("'txet1'", "text1");
        assertThat(KARTRA.simulator().calls().count("edit_lead")).isZero();
    }

    @Test
    void unknownCustomFieldInWarnModeIsLoggedAndSent() {
        Exchange exchange;
        try (LogCapture logs = new LogCapture()) {
            exchange = send("kartra:editLead?unknownCustomField=warn", john(CustomField.text("txet1", "hello")));

            assertThat(logs.textOf("io.camelkartra.internal.KartraInventoryCheck")).contains("'txet1'", "sending it anyway")
                    .doesNotContain(KARTRA.simulator().demoCredentials().apiKey(), KARTRA.simulator().demoCredentials().apiPassword());
        }
        assertThat(exchange.getException()).isNull();
        assertThat(KARTRA.simulator().calls().count("edit_lead", Outcome.SUCCESS)).isEqualTo(1);
    }

    @Test
    void refreshOnDemandFindsANameAddedInKartra() {
        assertThat(((KartraException) assignTag("Spring Sale").getException()).getType()).isEqualTo(212);
        account().addTag("Spring Sale");
        assertThat(((KartraException) assignTag("Spring Sale").getException()).getType()).isEqualTo(212);

        KartraInventory inventory = template.requestBody("kartra:refreshInventory", null, KartraInventory.class);

        assertThat(inventory.getTags()).contains("Spring Sale");
        assertThat(inventory.getCustomFields()).hasSize(5);
        assertThat(inventory.getPages()).hasSize(3);
        assertThat(assignTag("Spring Sale").getException()).isNull();
        assertThat(KARTRA.simulator().calls().count("assign_tag")).isEqualTo(1);
        assertThat(KARTRA.simulator().calls().count("retrieve_account_tags")).isEqualTo(2);
    }

    @Test
    void publicRefreshMethodOfTheEndpoint() throws Exception {
        KartraEndpoint endpoint = context.getEndpoint("kartra:assignTag", KartraEndpoint.class);
        assertThat(endpoint.getInventory()).isNull();
        account().addList("Autumn");

        KartraInventory inventory = endpoint.refreshInventory().get();

        assertThat(inventory.getLists()).contains("Autumn");
        assertThat(endpoint.getInventory()).isSameAs(inventory);
    }

    @Test
    void kartraDenyingANameTheInventoryHasRefreshesItOnce() {
        account().addTag("Flash Sale");
        assertThat(assignTag("Flash Sale").getException()).isNull();
        KARTRA.simulator().reset(); // the seeded state again: "Flash Sale" is gone, and the call log is empty

        Exchange stale = assignTag("Flash Sale");
        Exchange again = assignTag("Flash Sale");

        assertThat(((KartraException) stale.getException()).getType()).isEqualTo(212);
        assertThat(((KartraException) again.getException()).getType()).isEqualTo(212);
        assertThat(KARTRA.simulator().calls().countErrors("assign_tag", 212)).isEqualTo(1);
        assertThat(KARTRA.simulator().calls().count("retrieve_account_tags")).isEqualTo(1);
    }

    @Test
    void createdCustomFieldIsKnownToTheNextCall() {
        Exchange created = template.request("kartra:createCustomField?customFieldIdentifier=color&customFieldType=radio_button"
                                             + "&customFieldOptions=Red,Blue", e -> {
                                             });
        assertThat(created.getException()).isNull();

        Exchange exchange = send("kartra:editLead", john(CustomField.option("color", "blue")));

        assertThat(exchange.getException()).isNull();
        assertThat(account().lead(JOHN).orElseThrow().customFieldValues()).containsEntry("color", "Blue");
    }

    @Test
    void withoutTheInventoryCallsAreSentUnchecked() {
        Exchange exchange = template.request("kartra:assignTag?inventory=false&tagName=VIP Custmer",
                e -> e.getMessage().setHeader(KartraConstants.LEAD_EMAIL, JOHN));

        assertThat(((KartraException) exchange.getException()).getType()).isEqualTo(212);
        assertThat(KARTRA.simulator().calls().countErrors("assign_tag", 212)).isEqualTo(1);
        assertThat(KARTRA.simulator().calls().count("retrieve_account_tags")).isZero();
    }

    @Test
    void anAppThatMayNotReadTheInventorySendsUncheckedWithOneWarning() {
        String appId = KARTRA.simulator().demoCredentials().appId();
        KARTRA.simulator().state().updateApp(appId, app -> app.withAllowedCommands("assign_tag", "get_lead"));
        try (LogCapture logs = new LogCapture()) {
            Exchange first = assignTag("VIP Custmer");
            Exchange second = assignTag("VIP Customer");

            assertThat(((KartraException) first.getException()).getType()).isEqualTo(212);
            assertThat(second.getException()).isNull();
            assertThat(KARTRA.simulator().calls().count("assign_tag")).isEqualTo(2);
            String log = logs.textOf("io.camelkartra");
            assertThat(log.split("inventory of", -1)).hasSize(2);
            assertThat(log).contains("262").doesNotContain(appId, KARTRA.simulator().demoCredentials().apiKey(),
                    KARTRA.simulator().demoCredentials().apiPassword());
        }
    }
}
