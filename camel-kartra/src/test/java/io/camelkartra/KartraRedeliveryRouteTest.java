package io.camelkartra;

import io.camelkartra.support.Fixtures;
import io.camelkartra.support.KartraStubTestSupport;
import io.camelkartra.support.StubKartraServer.Reply;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The redelivery recipe of the component docs: retryWhile on isRetryable(), evaluated at every failure, so a failure
 * that is not retryable stops the redeliveries even when a retryable one started them.
 */
class KartraRedeliveryRouteTest extends KartraStubTestSupport {

    private static final Reply TOO_MANY_REQUESTS = Reply.status(429, "application/json",
            "{\"status\":\"Error\",\"message\":\"Too many requests\"}");

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:dead").useOriginalMessage());

                onException(KartraException.class)
                        .retryWhile(simple("${exception.retryable} == true && ${header.CamelRedeliveryCounter} <= 3"))
                        .redeliveryDelay(10).useExponentialBackOff();

                from("direct:tag").to("kartra:assignTag?tagName=VIP");
                from("direct:points").to("kartra:givePointsToLead?points=5");
            }
        };
    }

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
        server.reply(TOO_MANY_REQUESTS, TOO_MANY_REQUESTS, TOO_MANY_REQUESTS, TOO_MANY_REQUESTS);
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
