package io.camelkartra.support;

import io.camelkartra.KartraException;
import io.camelkartra.KartraNotFoundException;
import io.camelkartra.KartraRateLimitException;
import io.camelkartra.KartraTransportException;
import io.camelkartra.simulator.Reply;
import io.camelkartra.simulator.state.LeadView;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the redelivery recipe must do, whichever way a route gets it (written in the route, or the shipped route
 * configuration): retryable failures are redelivered up to three times, a failure that is not retryable stops the
 * redeliveries even when a retryable one started them, and what is left reaches {@code mock:dead} with its original
 * body. Subclasses route {@code direct:tag} to {@code kartra:assignTag?tagName=VIP Customer} and {@code direct:points}
 * to {@code kartra:givePointsToLead?points=5}; the simulator's demo lead Jane Doe takes the calls that get through.
 */
public abstract class KartraRedeliveryTestSupport extends KartraSimulatorTestSupport {

    protected static final String JANE = "jane.doe@example.com";
    protected static final Reply TOO_MANY_REQUESTS = Reply.tooManyRequests();

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

    protected static LeadView jane() {
        return simulator().state().account(simulator().demoCredentials().apiKey()).lead(JANE).orElseThrow();
    }
}
