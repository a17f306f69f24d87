package io.camelkartra.support;

import io.camelkartra.KartraException;
import io.camelkartra.KartraNotFoundException;
import io.camelkartra.KartraRateLimitException;
import io.camelkartra.KartraTransportException;
import io.camelkartra.support.StubKartraServer.Reply;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the redelivery recipe must do, whichever way a route gets it (written in the route, or the shipped route
 * configuration): retryable failures are redelivered up to three times, a failure that is not retryable stops the
 * redeliveries even when a retryable one started them, and what is left reaches {@code mock:dead} with its original
 * body. Subclasses route {@code direct:tag} to {@code kartra:assignTag?tagName=VIP} and {@code direct:points} to
 * {@code kartra:givePointsToLead?points=5}.
 */
public abstract class KartraRedeliveryTestSupport extends KartraStubTestSupport {

    protected static final Reply TOO_MANY_REQUESTS = Reply.status(429, "application/json",
            "{\"status\":\"Error\",\"message\":\"Too many requests\"}");

    @Test
    void retryableFailuresAreRedeliveredUntilTheCallSucceeds() throws Exception {
        server.reply(TOO_MANY_REQUESTS, Reply.status(503, "text/html", "<html>busy</html>"));
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedMessageCount(0);

        Exchange exchange = template.request("direct:tag", e -> e.getMessage().setBody("jane@example.com"));

        assertThat(exchange.getException()).isNull();
        assertThat(server.requests()).hasSize(3);
        dead.assertIsSatisfied();
    }

    @Test
    void redeliveriesStopAtTheBound() throws Exception {
        server.reply(TOO_MANY_REQUESTS, TOO_MANY_REQUESTS, TOO_MANY_REQUESTS, TOO_MANY_REQUESTS, TOO_MANY_REQUESTS);
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedBodiesReceived("jane@example.com");

        template.sendBody("direct:tag", "jane@example.com");

        dead.assertIsSatisfied();
        assertThat(server.requests()).hasSize(4);
        assertThat(dead.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT)).isInstanceOf(KartraRateLimitException.class);
    }

    @Test
    void aFailureThatIsNotRetryableStopsRedeliveriesThatARetryableOneStarted() throws Exception {
        server.reply(TOO_MANY_REQUESTS, Reply.json(Fixtures.reply("tag-does-not-exist.json")));
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedBodiesReceived("jane@example.com");

        template.sendBody("direct:tag", "jane@example.com");

        dead.assertIsSatisfied();
        assertThat(server.requests()).hasSize(2);
        assertThat(dead.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT)).isInstanceOf(KartraNotFoundException.class);
    }

    @Test
    void pointsWhoseReplyWasLostAfterA429AreNotGivenAgain() throws Exception {
        server.reply(TOO_MANY_REQUESTS, Reply.hangUp());
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedBodiesReceived("jane@example.com");

        template.sendBody("direct:points", "jane@example.com");

        dead.assertIsSatisfied();
        assertThat(server.requests()).hasSize(2);
        KartraException reason = dead.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT, KartraException.class);
        assertThat(reason).isInstanceOf(KartraTransportException.class);
        assertThat(reason.isRetryable()).isFalse();
    }
}
