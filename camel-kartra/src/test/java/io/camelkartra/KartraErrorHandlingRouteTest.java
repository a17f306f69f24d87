package io.camelkartra;

import io.camelkartra.simulator.Reply;
import io.camelkartra.support.Fixtures;
import io.camelkartra.support.KartraSimulatorTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a route does with the typed exceptions: onException by class, onWhen by type, a dead-letter channel. */
class KartraErrorHandlingRouteTest extends KartraSimulatorTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:dead").useOriginalMessage());

                onException(KartraAuthenticationException.class).handled(true).to("mock:alert");
                onException(KartraException.class).onWhen(simple("${exception.type} == 212")).handled(true)
                        .setBody(simple("unknown tag ${header.CamelKartraTagName} for ${body}")).to("mock:unknownTag");

                from("direct:sync").routeId("sync")
                        .setHeader(KartraConstants.TAG_NAME, simple("${body.split(';')[1]}"))
                        .setHeader(KartraConstants.LEAD_EMAIL, simple("${body.split(';')[0]}"))
                        .to("kartra:assignTag")
                        .to("mock:done");
            }
        };
    }

    @Test
    void authenticationFailuresGoToTheirOwnBranch() throws Exception {
        simulator().enqueue(Reply.json(Fixtures.reply("api-key-not-valid.json")));
        MockEndpoint alert = getMockEndpoint("mock:alert");
        alert.expectedMessageCount(1);

        template.sendBody("direct:sync", "jane@example.com;VIP");

        alert.assertIsSatisfied();
        Exception caught = alert.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        assertThat(caught).isInstanceOf(KartraAuthenticationException.class);
        assertThat(((KartraException) caught).getType()).isEqualTo(203);
        getMockEndpoint("mock:done").expectedMessageCount(0);
        getMockEndpoint("mock:dead").expectedMessageCount(0);
        MockEndpoint.assertIsSatisfied(context);
    }

    @Test
    void onWhenBranchesOnTheMessageType() throws Exception {
        simulator().enqueue(Reply.json(Fixtures.reply("tag-does-not-exist.json")));
        MockEndpoint unknownTag = getMockEndpoint("mock:unknownTag");
        unknownTag.expectedBodiesReceived("unknown tag Vip for jane@example.com;Vip");

        template.sendBody("direct:sync", "jane@example.com;Vip");

        unknownTag.assertIsSatisfied();
        assertThat(unknownTag.getExchanges().get(0).getMessage().getHeader(KartraConstants.MESSAGE_TYPE)).isEqualTo(212);
    }

    @Test
    void otherFailuresReachTheDeadLetterChannelWithTheOriginalBody() throws Exception {
        simulator().enqueue(Reply.json(Fixtures.reply("no-lead-found.json").replace("234", "243")));
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedBodiesReceived("ghost@example.com;VIP");

        template.sendBody("direct:sync", "ghost@example.com;VIP");

        dead.assertIsSatisfied();
        Exception caught = dead.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        assertThat(caught).isInstanceOf(KartraLeadNotFoundException.class);
    }

    @Test
    void refusedBeforeSendingAlsoReachesTheDeadLetterChannel() throws Exception {
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedBodiesReceived(";VIP");

        template.sendBody("direct:sync", ";VIP");

        dead.assertIsSatisfied();
        assertThat(dead.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class))
                .isInstanceOf(KartraMalformedRequestException.class)
                .hasMessageContaining("206");
        assertThat(simulator().calls().total()).isZero();
    }
}
