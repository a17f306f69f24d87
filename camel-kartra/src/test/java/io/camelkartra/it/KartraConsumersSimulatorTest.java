package io.camelkartra.it;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import io.camelkartra.KartraComponent;
import io.camelkartra.KartraConstants;
import io.camelkartra.model.KartraIpnNotification;
import io.camelkartra.model.KartraIpnTransactionType;
import io.camelkartra.model.event.KartraEvent;
import io.camelkartra.model.event.KartraEventAction;
import io.camelkartra.model.event.SurveyEventDetails;
import io.camelkartra.model.event.TagEventDetails;
import io.camelkartra.model.event.TransactionEventDetails;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.state.Delivery;
import io.camelkartra.simulator.state.EventSimulator;
import io.camelkartra.simulator.state.Survey;
import io.camelkartra.support.KartraHttpTestSupport;
import io.camelkartra.support.SimulatorKartra;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumers fed by the Kartra simulator's outbound emitter over real HTTP: what the simulator posts after API
 * calls made by the producer and after events of the account (purchases, memberships, forms...) arrives at
 * {@code kartra:events} as typed {@link KartraEvent}s and at {@code kartra:ipn} as {@link KartraIpnNotification}s; posts
 * with a wrong token or secret are refused and nothing is routed.
 */
class KartraConsumersSimulatorTest extends KartraHttpTestSupport {

    private static final String TOKEN = "simulated-events-token";
    private static final String SECRET_KEY = "simulated-ipn-secret";
    private static final String JOHN = "john.smith@example.com";
    private static final String JANE = "jane.doe@example.com";

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension(
            () -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        KartraComponent kartra = SimulatorKartra.component(context, KARTRA.simulator());
        kartra.getConfiguration().setToken(TOKEN);
        kartra.getConfiguration().setSecretKey(SECRET_KEY);
        context.addComponent("kartra", kartra);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("kartra:events").routeId("events").to("mock:events");
                from("kartra:ipn").routeId("ipn").to("mock:ipn");
            }
        };
    }

    /** Targets outlive the simulator's reset, and each test has its own HTTP port. */
    @BeforeEach
    void forgetEarlierTargets() {
        KARTRA.simulator().outbound().clear();
    }

    private void registerTargets(String token, String secretKey) {
        KARTRA.simulator().outbound().addWebhook(url("/kartra/events?token=" + token).toString());
        KARTRA.simulator().outbound().addIpn(url("/kartra/ipn").toString(), secretKey);
    }

    private List<Delivery> deliveriesWhenIdle() throws InterruptedException {
        assertThat(KARTRA.simulator().outbound().awaitIdle(Duration.ofSeconds(20))).as("deliveries done").isTrue();
        return KARTRA.simulator().outbound().deliveries();
    }

    private EventSimulator events() {
        return KARTRA.simulator().events(KARTRA.simulator().demoCredentials().apiKey());
    }

    private void send(String uri, String lead) {
        Exchange exchange = template.request(uri, e -> e.getMessage().setBody(lead));
        assertThat(exchange.getException()).as(uri).isNull();
    }

    @Test
    void everyEventTheSimulatorEmitsArrivesTyped() throws Exception {
        registerTargets(TOKEN, SECRET_KEY);
        EventSimulator account = events();

        send("kartra:assignTag?tagName=Webinar Attendee", JANE);
        send("kartra:unassignTag?tagName=Webinar Attendee", JANE);
        send("kartra:subscribeLeadToList?listName=Webinar", JANE);
        send("kartra:unsubscribeLeadFromList?listName=Webinar", JANE);
        send("kartra:subscribeLeadToSequenceAtStep?sequenceName=Onboarding&step=1", JANE);
        send("kartra:unsubscribeLeadFromSequence?sequenceName=Onboarding", JANE);
        send("kartra:calendarSubscribe?calendarName=Coaching Calls&className=Strategy Session", JANE);
        send("kartra:calendarCancel?calendarName=Coaching Calls&className=Strategy Session", JANE);
        account.buyProduct(JANE, 1, 1);
        send("kartra:refundTransaction?transactionId=48101&refundAmount=9.00", null);
        send("kartra:refundTransaction?transactionId=48101", null);
        send("kartra:cancelTransaction?transactionId=48102", null);
        account.grantMembership(JANE, "Academy", "Silver");
        account.revokeMembership(JANE, "Academy");
        account.fillForm(JANE, 7, "Contact us");
        account.completeSurvey(JANE, new Survey(3, "Satisfaction", 1, "80", 95, List.of(new Survey.Question(31, "Happy?", true,
                List.of(new Survey.Answer(311, "Yes"))))));
        account.playVideo(JANE, 5, "Intro");
        account.completeVideo(JANE, 5, "Intro");
        account.visitPage(JANE, "Sales Page");
        account.reachScore(JANE);
        account.affiliateSignup(JANE, 1);
        account.jvSignup(JANE, 2);
        send("kartra:calendarSubscribe?calendarName=Coaching Calls&className=Strategy Session", JOHN);
        account.completeCalendar(JOHN, "Coaching Calls", "Strategy Session");
        account.completeSequence(JOHN, "Welcome Series");
        account.clickSplitTestLink(JANE, 9, "Buy now");

        List<KartraEventAction> documented = Arrays.stream(KartraEventAction.values())
                .filter(action -> action != KartraEventAction.UNKNOWN).toList();
        assertThat(deliveriesWhenIdle()).filteredOn(d -> d.kind().equals("webhook"))
                .allSatisfy(d -> assertThat(d.status()).as(d.action()).isEqualTo(200));
        MockEndpoint received = getMockEndpoint("mock:events");
        List<KartraEvent> events = received.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getBody(KartraEvent.class)).toList();
        assertThat(events).extracting(KartraEvent::getAction).hasSameElementsAs(documented);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.getDetails()).as(event.getActionName()).isInstanceOf(event.getAction().getDetailsType());
            assertThat(event.getLead().getEmail()).isIn(JANE, JOHN);
        });
        Exchange tagged = received.getReceivedExchanges().get(0);
        assertThat(tagged.getMessage().getHeader(KartraConstants.EVENT_ACTION)).isEqualTo("assign_tag");
        assertThat(tagged.getMessage().getHeader(KartraConstants.LEAD_EMAIL)).isEqualTo(JANE);
        assertThat(tagged.getMessage().getBody(KartraEvent.class).detailsAs(TagEventDetails.class).getTagName())
                .isEqualTo("Webinar Attendee");
        assertThat(events).filteredOn(e -> e.getAction() == KartraEventAction.SURVEY_COMPLETE).singleElement()
                .satisfies(e -> assertThat(e.detailsAs(SurveyEventDetails.class).getQuestions()).hasSize(1));
    }

    @Test
    void paymentsArriveAsEventsAndIpnNotifications() throws Exception {
        registerTargets(TOKEN, SECRET_KEY);

        long sale = events().buyProduct(JANE, 1, 1).id();
        send("kartra:refundTransaction?transactionId=" + sale + "&refundAmount=10.00", null);
        send("kartra:cancelTransaction?transactionId=48102", null);

        assertThat(deliveriesWhenIdle()).allSatisfy(d -> assertThat(d.status()).as(d.kind() + " " + d.action()).isEqualTo(200));
        List<KartraIpnNotification> notifications = getMockEndpoint("mock:ipn").getReceivedExchanges().stream()
                .map(e -> e.getMessage().getBody(KartraIpnNotification.class)).toList();
        assertThat(notifications).extracting(KartraIpnNotification::getType).containsExactly(KartraIpnTransactionType.SALE,
                KartraIpnTransactionType.PARTIAL_REFUND, KartraIpnTransactionType.CANCELLATION);
        KartraIpnNotification saleNotification = notifications.get(0);
        assertThat(saleNotification.getTransactionId()).isEqualTo(Long.toString(sale));
        assertThat(saleNotification.getTransactionFullAmount()).isEqualByComparingTo(new BigDecimal("49.00"));
        assertThat(saleNotification.getLeadEmail()).isEqualTo(JANE);
        assertThat(saleNotification.getProductName()).isEqualTo("Starter Course");
        assertThat(saleNotification.getVariables()).doesNotContainKey("secret_key");
        assertThat(notifications.get(1).getTransactionFullAmount()).isEqualByComparingTo(new BigDecimal("10.00"));
        assertThat(notifications.get(2).getTransactionFullAmount()).as("a cancellation's N/A amount").isNull();

        List<KartraEvent> events = getMockEndpoint("mock:events").getReceivedExchanges().stream()
                .map(e -> e.getMessage().getBody(KartraEvent.class)).toList();
        assertThat(events).extracting(KartraEvent::getAction).containsExactly(KartraEventAction.BUY_PRODUCT,
                KartraEventAction.PARTIAL_REFUND_PRODUCT, KartraEventAction.CANCEL_SUBSCRIPTION);
        assertThat(events.get(0).detailsAs(TransactionEventDetails.class).getTransactionId()).isEqualTo(Long.toString(sale));
    }

    @Test
    void postsWithAWrongTokenOrSecretAreRefusedAndNothingIsRouted() throws Exception {
        registerTargets("not-the-token", "not-the-secret");

        events().buyProduct(JANE, 1, 1);

        assertThat(deliveriesWhenIdle()).hasSize(2).allSatisfy(d -> assertThat(d.status()).as(d.kind()).isIn(401, 403));
        assertThat(getMockEndpoint("mock:events").getReceivedCounter()).isZero();
        assertThat(getMockEndpoint("mock:ipn").getReceivedCounter()).isZero();
    }
}
