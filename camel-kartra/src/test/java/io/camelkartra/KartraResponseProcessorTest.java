package io.camelkartra;

import io.camelkartra.model.KartraResponse;
import io.camelkartra.support.Fixtures;
import io.camelkartra.support.StubKartraServer;
import io.camelkartra.support.StubKartraServer.Reply;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The response processor after a plain http call gives the same typed results and exceptions as the producer. */
class KartraResponseProcessorTest extends CamelTestSupport {

    private static StubKartraServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new StubKartraServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

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
                        .to(server.url() + "?throwExceptionOnFailure=false")
                        .process(new KartraResponseProcessor());
            }
        };
    }

    @Test
    void successBecomesAKartraResponse() {
        server.replyJson(Fixtures.reply("assign-tag-success-in-actions.json"));

        Exchange reply = template.request("direct:plain", e -> e.getMessage().setBody("app_id=a&api_key=b&api_password=c"));

        assertThat(reply.getException()).isNull();
        assertThat(reply.getMessage().getBody(KartraResponse.class).getActions()).hasSize(1);
        assertThat(reply.getMessage().getHeader(KartraConstants.MESSAGE_TYPE)).isEqualTo(103);
    }

    @Test
    void errorsBecomeTheSameTypedExceptions() {
        server.replyJson(Fixtures.reply("chain-failing-middle.json"));
        server.reply(Reply.status(429, "text/plain", "Too many requests"));

        Exchange chain = template.request("direct:plain", e -> e.getMessage().setBody("app_id=a"));
        Exchange limited = template.request("direct:plain", e -> e.getMessage().setBody("app_id=a"));

        assertThat(chain.getException()).isInstanceOf(KartraNotFoundException.class);
        assertThat(((KartraException) chain.getException()).getCommand()).isEqualTo("assign_tag");
        assertThat(((KartraException) chain.getException()).getActionIndex()).isEqualTo(1);
        assertThat(chain.getMessage().getHeader(KartraConstants.MESSAGE_TYPE)).isEqualTo(212);
        assertThat(limited.getException()).isInstanceOf(KartraRateLimitException.class);
    }
}
