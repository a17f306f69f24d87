package io.camelkartra.it;

import io.camelkartra.simulator.ReplyShape;
import io.camelkartra.support.InEveryReplyShape;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.camelkartra.KartraConstants;
import io.camelkartra.model.CustomFieldDefinition;
import io.camelkartra.model.KartraPage;
import io.camelkartra.model.KartraRequest;
import io.camelkartra.model.KartraResponse;
import io.camelkartra.model.Lead;
import io.camelkartra.model.SubscriptionDetails;
import io.camelkartra.model.SubscriptionSummary;
import io.camelkartra.model.TransactionDetails;
import io.camelkartra.model.TransactionSummary;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.state.Account;
import io.camelkartra.simulator.state.LeadView;
import io.camelkartra.simulator.state.SubscriptionStatus;
import io.camelkartra.simulator.state.TransactionType;
import io.camelkartra.support.SimulatorKartra;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the producer over real HTTP against the Kartra simulator, with the component's and the
 * simulator's default rate limits: the typed body the docs promise, and the change in Kartra's state. The demo data
 * (see the simulator's README) provides the leads, tags, lists, sequences, calendar, transactions and subscriptions.
 */
@InEveryReplyShape
class KartraProducerSimulatorTest extends CamelTestSupport {

    @Parameter
    ReplyShape shape;

    private static final String JOHN = "john.smith@example.com";
    private static final String JANE = "jane.doe@example.com";

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension();

    @BeforeEach
    void answerInTheShape() {
        KARTRA.simulator().settings().replyShape(shape);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("kartra", SimulatorKartra.component(context, KARTRA.simulator()));
        return context;
    }

    private Account account() {
        KartraSimulator simulator = KARTRA.simulator();
        return simulator.state().account(simulator.demoCredentials().apiKey());
    }

    private LeadView lead(String email) {
        return account().lead(email).orElseThrow();
    }

    /** Sends the body to the endpoint; the exchange must succeed. */
    private Exchange call(String uri, Object body) {
        Exchange exchange = template.request(uri, e -> e.getMessage().setBody(body));
        assertThat(exchange.getException()).as(uri).isNull();
        assertThat(exchange.getMessage().getHeader(KartraConstants.STATUS)).as(uri).isEqualTo("Success");
        return exchange;
    }

    private KartraResponse response(String uri, Object body) {
        KartraResponse response = call(uri, body).getMessage().getBody(KartraResponse.class);
        assertThat(response).as(uri).isNotNull();
        assertThat(response.isSuccess()).as(uri).isTrue();
        return response;
    }

    @Test
    void getLeadGivesTheTypedLead() {
        Exchange exchange = template.request("kartra:getLead", e -> e.getMessage().setHeader(KartraConstants.LEAD_EMAIL, JOHN));

        Lead john = exchange.getMessage().getBody(Lead.class);
        assertThat(john.getId()).isEqualTo("1001");
        assertThat(john.getFirstName()).isEqualTo("John");
        assertThat(john.getTags()).extracting("tagName").containsExactly("VIP Customer");
        assertThat(john.getCustomFields()).extracting("fieldIdentifier").contains("text1", "plan_choice", "interests");
    }

    @Test
    void leadCommands() {
        Exchange created = call("kartra:createLead", "{\"email\":\"ann@example.com\",\"first_name\":\"Ann\"}");
        assertThat(created.getMessage().getHeader(KartraConstants.LEAD_ID)).isEqualTo("1004");
        assertThat(created.getMessage().getBody(KartraResponse.class).getAction("create_lead")).isPresent();
        assertThat(lead("ann@example.com").firstName()).isEqualTo("Ann");

        response("kartra:editLead", Map.of("email", JANE, "first_name", "Janet"));
        assertThat(lead(JANE).firstName()).isEqualTo("Janet");

        KartraResponse found = response("kartra:searchLead", JANE);
        assertThat(found.getAction("search_lead").orElseThrow().getData()).containsKey("lead_details");

        Exchange upserted = call("kartra:upsertLead?tagNames=Lead Magnet", Map.of("email", JANE, "last_name", "Doe-Smith"));
        assertThat(upserted.getMessage().getHeader(KartraConstants.UPSERT_RESULT)).isEqualTo("updated");
        assertThat(lead(JANE).lastName()).isEqualTo("Doe-Smith");
        assertThat(lead(JANE).tags()).contains("Lead Magnet");
    }

    /** A Java object of the user's own, with lead fields by their Java names. */
    public record Contact(String email, String firstName, String lastName2) {
    }

    @Test
    void anObjectBodyIsReadByItsPropertyNames() {
        response("kartra:editLead", new Contact(JANE, "Janina", "Schmidt"));

        assertThat(lead(JANE).firstName()).isEqualTo("Janina");
        assertThat(lead(JANE).fields()).containsEntry("last_name2", "Schmidt");
    }

    @Test
    void followUpOptionsChainTheActionsInOneCall() {
        Exchange created = call("kartra:createLead?tagNames=VIP Customer,Lead Magnet&listNames=Newsletter", "ann@example.com");

        assertThat(created.getMessage().getHeader(KartraConstants.CALL_COUNT)).isEqualTo(1);
        assertThat(KARTRA.simulator().calls().recorded()).singleElement().satisfies(call -> assertThat(call.request().commands())
                .containsExactly("create_lead", "assign_tag", "assign_tag", "subscribe_lead_to_list"));
        LeadView ann = lead("ann@example.com");
        assertThat(ann.tags()).containsExactlyInAnyOrder("VIP Customer", "Lead Magnet");
        assertThat(ann.lists()).containsExactly("Newsletter");
    }

    @Test
    void aKartraRequestIsSentInOneCall() {
        KartraRequest request = KartraRequest.forLeadEmail(JANE)
                .assignTag("VIP Customer")
                .subscribeLeadToList("Webinar")
                .subscribeLeadToSequenceAtStep("Onboarding", "1")
                .givePointsToLead(3)
                .build();

        KartraResponse response = response("kartra:call", request);

        assertThat(response.getActions()).extracting("command").containsExactly("assign_tag", "subscribe_lead_to_list",
                "subscribe_lead_to_sequence_at_step", "give_points_to_lead");
        assertThat(KARTRA.simulator().calls().total()).isEqualTo(1);
        LeadView jane = lead(JANE);
        assertThat(jane.tags()).contains("VIP Customer");
        assertThat(jane.lists()).contains("Webinar");
        assertThat(jane.sequences()).containsEntry("Onboarding", 1);
        assertThat(jane.score()).isEqualTo(8);
    }

    @Test
    void tagListSequenceAndPointCommands() {
        response("kartra:assignTag?tagName=Webinar Attendee", JANE);
        response("kartra:unassignTag?tagName=Newsletter Reader", JANE);
        response("kartra:subscribeLeadToList?listName=Webinar", JANE);
        response("kartra:unsubscribeLeadFromList?listName=Product Updates", JANE);
        response("kartra:subscribeLeadToSequenceAtStep?sequenceName=Onboarding&step=2", JANE);
        response("kartra:unsubscribeLeadFromSequence?sequenceName=Welcome Series", JOHN);
        response("kartra:givePointsToLead?points=7", JANE);
        response("kartra:removePointsFromLead?points=2", JANE);

        LeadView jane = lead(JANE);
        assertThat(jane.tags()).containsExactly("Webinar Attendee");
        assertThat(jane.lists()).containsExactly("Webinar");
        assertThat(jane.sequences()).containsExactly(Map.entry("Onboarding", 2));
        assertThat(jane.score()).isEqualTo(10);
        assertThat(lead(JOHN).sequences()).isEmpty();
    }

    @Test
    void calendarCommands() {
        response("kartra:calendarSubscribe?calendarName=Coaching Calls&className=Strategy Session", JANE);
        assertThat(lead(JANE).calendarClasses()).hasSize(1);

        response("kartra:calendarCancel?calendarName=Coaching Calls&className=Strategy Session", JANE);
        assertThat(lead(JANE).calendarClasses()).isEmpty();
    }

    @Test
    void accountCommandsGiveTypedLists() {
        assertThat(call("kartra:retrieveAccountTags", null).getMessage().getBody(List.class))
                .containsExactly("VIP Customer", "Newsletter Reader", "Webinar Attendee", "Lead Magnet");
        assertThat(call("kartra:retrieveAccountLists", null).getMessage().getBody(List.class))
                .containsExactly("Newsletter", "Product Updates", "Webinar");
        assertThat(call("kartra:retrieveAccountSequences", null).getMessage().getBody(List.class))
                .containsExactly("Welcome Series", "Onboarding");
        List<?> pages = call("kartra:retrieveAccountPages", null).getMessage().getBody(List.class);
        assertThat(pages).hasSize(3).allSatisfy(page -> assertThat(page).isInstanceOf(KartraPage.class));
        assertThat(pages).extracting("name").containsExactly("Home", "Sales Page", "Thank You");

        response("kartra:createCustomField?customFieldIdentifier=shoe_size&customFieldType=drop_down&customFieldOptions=S,M,L", null);
        List<?> fields = call("kartra:retrieveCustomFields", null).getMessage().getBody(List.class);
        assertThat(fields).allSatisfy(field -> assertThat(field).isInstanceOf(CustomFieldDefinition.class));
        CustomFieldDefinition shoeSize = fields.stream().map(CustomFieldDefinition.class::cast)
                .filter(f -> f.getFieldIdentifier().equals("shoe_size")).findFirst().orElseThrow();
        assertThat(shoeSize.getFieldValue()).extracting("optionValue").containsExactly("S", "M", "L");
    }

    @Test
    void transactionCommands() {
        List<?> johns = call("kartra:retrieveTransactionsFromLead", JOHN).getMessage().getBody(List.class);
        assertThat(johns).allSatisfy(t -> assertThat(t).isInstanceOf(TransactionSummary.class));
        assertThat(johns).extracting("transactionId").containsExactlyInAnyOrder("48101", "48103");

        response("kartra:searchTransaction?transactionId=48101", null);
        TransactionDetails details = call("kartra:getTransactionDetails?transactionId=48101", null).getMessage()
                .getBody(TransactionDetails.class);
        assertThat(details.getTransactionFullAmount()).isEqualByComparingTo("49.00");
        assertThat(details.getLeadEmail()).isEqualTo(JOHN);
        assertThat(details.getProductName()).isEqualTo("Starter Course");

        response("kartra:refundTransaction?transactionId=48101&refundAmount=10.00", null);
        assertThat(account().transactions()).anySatisfy(t -> {
            assertThat(t.parentId()).isEqualTo(48101);
            assertThat(t.type()).isEqualTo(TransactionType.PARTIAL_REFUND);
            assertThat(t.fullAmount()).isEqualByComparingTo(new BigDecimal("10.00"));
        });

        response("kartra:cancelTransaction?transactionId=48102", null);
        assertThat(account().subscription(14801).orElseThrow().status()).isEqualTo(SubscriptionStatus.CANCELLED);
    }

    @Test
    void subscriptionCommands() {
        List<?> janes = call("kartra:retrieveSubscriptionsFromLead", JANE).getMessage().getBody(List.class);
        assertThat(janes).allSatisfy(s -> assertThat(s).isInstanceOf(SubscriptionSummary.class));
        assertThat(janes).extracting("subscriptionId").containsExactlyInAnyOrder("14801", "14803");

        response("kartra:searchSubscription?subscriptionId=14801", null);
        SubscriptionDetails details = call("kartra:getSubscriptionDetails?subscriptionId=14801", null).getMessage()
                .getBody(SubscriptionDetails.class);
        assertThat(details.getSubscriptionStatus()).isEqualTo("Active");
        assertThat(details.getSubscriptionNextScheduledPaymentAmount()).isEqualByComparingTo("29.00");

        response("kartra:editSubscription?subscriptionId=14801&subscriptionAmount=35.00", null);
        assertThat(account().subscription(14801).orElseThrow().amount()).isEqualByComparingTo("35.00");

        response("kartra:modifySubscriptionStatus?subscriptionId=14801&subscriptionStatusModification=pause", null);
        assertThat(account().subscription(14801).orElseThrow().status()).isEqualTo(SubscriptionStatus.PAUSED);
    }
}
