package io.camelkartra.it;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import io.camelkartra.KartraException;
import io.camelkartra.KartraOperation;
import io.camelkartra.KartraRedeliveryRouteConfiguration;
import io.camelkartra.KartraTransportException;
import io.camelkartra.model.KartraRequest;
import io.camelkartra.model.Lead;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.Outcome;
import io.camelkartra.simulator.Reply;
import io.camelkartra.support.SimulatorKartra;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The failure sequence that made the old onWhen recipe give points twice, for every call that is not safe to replay:
 * Kartra answers 429 (retryable: the redelivery starts), then runs the command and the reply is lost (a connection
 * closed after the command). Under the redelivery recipe, written in the route or the shipped route configuration,
 * the command runs exactly once and the message ends in the dead-letter channel with its original body.
 */
class KartraUnsafeReplaySimulatorTest extends CamelTestSupport {

    private static final String JOHN = "john.smith@example.com";

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension(
            () -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0));

    /** A call that is not safe to replay: its endpoint, its body, and the command Kartra must have run once. */
    record UnsafeCall(String name, String uri, Object body, String command) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<UnsafeCall> unsafeCalls() {
        return List.of(
                new UnsafeCall("createLead", "kartra:createLead", "ann@example.com", "create_lead"),
                new UnsafeCall("givePointsToLead", "kartra:givePointsToLead?points=10", JOHN, "give_points_to_lead"),
                new UnsafeCall("removePointsFromLead", "kartra:removePointsFromLead?points=5", JOHN, "remove_points_from_lead"),
                new UnsafeCall("createCustomField",
                        "kartra:createCustomField?customFieldIdentifier=shoe_size&customFieldType=input_field", "", "create_custom_field"),
                new UnsafeCall("calendarSubscribe",
                        "kartra:calendarSubscribe?calendarName=Coaching Calls&className=Strategy Session", JOHN, "calendar_subscribe"),
                new UnsafeCall("calendarCancel",
                        "kartra:calendarCancel?calendarName=Coaching Calls&className=Strategy Session", JOHN, "calendar_cancel"),
                new UnsafeCall("refundTransaction", "kartra:refundTransaction?transactionId=48101&refundAmount=10.00", "",
                        "refund_transaction"),
                new UnsafeCall("cancelTransaction", "kartra:cancelTransaction?transactionId=48102", "", "cancel_transaction"),
                new UnsafeCall("modifySubscriptionStatus",
                        "kartra:modifySubscriptionStatus?subscriptionId=14801&subscriptionStatusModification=pause", "",
                        "modify_subscription_status"),
                new UnsafeCall("upsertLead with points", "kartra:upsertLead?points=10", "ann@example.com", "create_lead"),
                new UnsafeCall("call with points", "kartra:call",
                        KartraRequest.forLead(Lead.ofEmail(JOHN)).assignTag("VIP Customer").givePointsToLead(10).build(),
                        "give_points_to_lead"));
    }

    static Stream<Arguments> unsafeCallsUnderEachRecipe() {
        return unsafeCalls().stream().flatMap(call -> Stream.of(Arguments.of("kartra-redelivery", call), Arguments.of("inline", call)));
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("kartra", SimulatorKartra.component(context, KARTRA.simulator()));
        return context;
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.setProperty("kartra.redelivery.redelivery-delay", "10ms");
        properties.setProperty("kartra.redelivery.dead-letter-uri", "mock:dead");
        return properties;
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] { new KartraRedeliveryRouteConfiguration(), new RouteBuilder() {
            @Override
            public void configure() {
                // the shipped recipe, named by the route
                from("direct:kartra-redelivery").routeConfigurationId(KartraRedeliveryRouteConfiguration.ID)
                        .toD("${header.uri}");
            }
        }, new RouteBuilder() {
            @Override
            public void configure() {
                // the recipe written in the route, as the docs show it
                errorHandler(deadLetterChannel("mock:dead").useOriginalMessage());
                onException(KartraException.class)
                        .retryWhile(simple("${exception.retryable} == true && ${header.CamelRedeliveryCounter} <= 5"))
                        .redeliveryDelay(10).useExponentialBackOff();

                from("direct:inline").toD("${header.uri}");
            }
        } };
    }

    @Test
    void theCasesAreEveryOperationThatIsNotReplaySafe() {
        List<String> unsafe = Arrays.stream(KartraOperation.values()).filter(op -> !op.isReplaySafe()).map(Enum::name).toList();
        assertThat(unsafeCalls().stream().map(UnsafeCall::name).filter(unsafe::contains)).containsExactlyInAnyOrderElementsOf(unsafe);
    }

    @ParameterizedTest(name = "{1} under {0}")
    @MethodSource("unsafeCallsUnderEachRecipe")
    void aCallWhoseReplyWasLostAfterA429RunsOnceAndIsDeadLettered(String recipe, UnsafeCall call) throws Exception {
        KartraSimulator kartra = KARTRA.simulator();
        if (call.command().equals("calendar_cancel")) {
            template.sendBody("kartra:calendarSubscribe?calendarName=Coaching Calls&className=Strategy Session", JOHN);
            kartra.calls().clear();
        }
        kartra.enqueue(Reply.tooManyRequests(), Reply.reset().afterCommand());
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedMessageCount(1);

        template.sendBodyAndHeader("direct:" + recipe, call.body(), "uri", call.uri());

        dead.assertIsSatisfied();
        assertThat(kartra.queuedReplies()).isZero();
        assertThat(kartra.calls().total()).as("the 429, then the call Kartra ran").isEqualTo(2);
        assertThat(kartra.calls().countResult(call.command(), Outcome.SUCCESS)).as("%s ran", call.command()).isEqualTo(1);
        Exchange deadLetter = dead.getExchanges().get(0);
        assertThat(deadLetter.getMessage().getBody()).isEqualTo(call.body());
        KartraException reason = deadLetter.getProperty(Exchange.EXCEPTION_CAUGHT, KartraException.class);
        assertThat(reason).isInstanceOf(KartraTransportException.class);
        assertThat(reason.isRetryable()).isFalse();
    }
}
