package io.camelkartra;

import io.camelkartra.simulator.Reply;
import io.camelkartra.simulator.state.LeadView;
import io.camelkartra.support.Fixtures;
import io.camelkartra.support.KartraSimulatorTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The redelivery recipe of the component docs: retryWhile on isRetryable(), evaluated at every failure, so a failure
 * that is not retryable stops the redeliveries even when a retryable one started them. The simulator's demo lead Jane
 * Doe takes the calls that get through.
 */
class KartraRedeliveryRouteTest extends KartraSimulatorTestSupport {

    private static final String JANE = "jane.doe@example.com";
    private static final Reply TOO_MANY_REQUESTS = Reply.tooManyRequests();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:dead").useOriginalMessage());

                onException(KartraException.class)
                        .retryWhile(simple("${exception.retryable} == true && ${header.CamelRedeliveryCounter} <= 3"))
                        .redeliveryDelay(10).useExponentialBackOff();

                from("direct:tag").to("kartra:assignTag?tagName=VIP Customer");
                from("direct:points").to("kartra:givePointsToLead?points=5");
            }
        };
    }

    @Test
    void retryableFailuresAreRedeliveredUntilTheCallSucceeds() throws Exception {
        simulator().enqueue(TOO_MANY_REQUESTS, Reply.serverError(503));
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedMessageCount(0);

        Exchange exchange = template.request("direct:tag", e -> e.getMessage().setBody(JANE));

        assertThat(exchange.getException()).isNull();
        assertThat(simulator().calls().total()).isEqualTo(3);
        assertThat(jane().tags()).contains("VIP Customer");
        dead.assertIsSatisfied();
    }

    @Test
    void redeliveriesStopAtTheBound() throws Exception {
        simulator().enqueue(TOO_MANY_REQUESTS, TOO_MANY_REQUESTS, TOO_MANY_REQUESTS, TOO_MANY_REQUESTS);
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedBodiesReceived(JANE);

        template.sendBody("direct:tag", JANE);

        dead.assertIsSatisfied();
        assertThat(simulator().calls().total()).isEqualTo(4);
        assertThat(dead.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT)).isInstanceOf(KartraRateLimitException.class);
    }

    @Test
    void aFailureThatIsNotRetryableStopsRedeliveriesThatARetryableOneStarted() throws Exception {
        simulator().enqueue(TOO_MANY_REQUESTS, Reply.json(Fixtures.reply("tag-does-not-exist.json")));
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedBodiesReceived(JANE);

        template.sendBody("direct:tag", JANE);

        dead.assertIsSatisfied();
        assertThat(simulator().calls().total()).isEqualTo(2);
        assertThat(dead.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT)).isInstanceOf(KartraNotFoundException.class);
    }

    @Test
    void pointsWhoseReplyWasLostAfterA429AreNotGivenAgain() throws Exception {
        long score = jane().score();
        simulator().enqueue(TOO_MANY_REQUESTS, Reply.reset().afterCommand());
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedBodiesReceived(JANE);

        template.sendBody("direct:points", JANE);

        dead.assertIsSatisfied();
        assertThat(simulator().calls().total()).isEqualTo(2);
        assertThat(jane().score()).as("points given once").isEqualTo(score + 5);
        KartraException reason = dead.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT, KartraException.class);
        assertThat(reason).isInstanceOf(KartraTransportException.class);
        assertThat(reason.isRetryable()).isFalse();
    }

    private static LeadView jane() {
        return simulator().state().account(simulator().demoCredentials().apiKey()).lead(JANE).orElseThrow();
    }
}
