package io.camelkartra;

import io.camelkartra.model.KartraResponse;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.Reply;
import io.camelkartra.support.Fixtures;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The response processor after a plain http call gives the same typed results and exceptions as the producer. */
class KartraResponseProcessorTest extends CamelTestSupport {

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension(
            () -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // without this Apache HttpClient replays the POST by itself after a 429 (it honours Retry-After)
        context.getComponent("http", HttpComponent.class).setAutomaticRetriesDisabled(true);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:plain")
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/x-www-form-urlencoded"))
                        .to(KARTRA.simulator().baseUrl() + "?throwExceptionOnFailure=false")
                        .process(new KartraResponseProcessor());
            }
        };
    }

    @Test
    void successBecomesAKartraResponse() {
        KARTRA.simulator().enqueue(Reply.json(Fixtures.reply("assign-tag-success-in-actions.json")));

        Exchange reply = template.request("direct:plain", e -> e.getMessage().setBody("app_id=a&api_key=b&api_password=c"));

        assertThat(reply.getException()).isNull();
        assertThat(reply.getMessage().getBody(KartraResponse.class).getActions()).hasSize(1);
        assertThat(reply.getMessage().getHeader(KartraConstants.MESSAGE_TYPE)).isEqualTo(103);
    }

    @Test
    void errorsBecomeTheSameTypedExceptions() {
        KARTRA.simulator().enqueue(Reply.json(Fixtures.reply("chain-failing-middle.json")),
                Reply.raw(429, "text/plain", "Too many requests"));

        Exchange chain = template.request("direct:plain", e -> e.getMessage().setBody("app_id=a"));
        Exchange limited = template.request("direct:plain", e -> e.getMessage().setBody("app_id=a"));

        assertThat(chain.getException()).isInstanceOf(KartraNotFoundException.class);
        assertThat(((KartraException) chain.getException()).getCommand()).isEqualTo("assign_tag");
        assertThat(((KartraException) chain.getException()).getActionIndex()).isEqualTo(1);
        assertThat(chain.getMessage().getHeader(KartraConstants.MESSAGE_TYPE)).isEqualTo(212);
        assertThat(limited.getException()).isInstanceOf(KartraRateLimitException.class);
    }
}
