package io.camelkartra.it;

import io.camelkartra.KartraAppException;
import io.camelkartra.KartraAuthenticationException;
import io.camelkartra.KartraComponent;
import io.camelkartra.KartraConstants;
import io.camelkartra.KartraException;
import io.camelkartra.KartraLeadNotFoundException;
import io.camelkartra.KartraNotFoundException;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.ReplyShape;
import io.camelkartra.support.InEveryReplyShape;
import io.camelkartra.support.SimulatorKartra;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kartra's error replies, as the simulator gives them over HTTP, arrive in a route's onException clauses as the typed
 * exceptions of the component, with Kartra's type, and the message as it was sent.
 */
@InEveryReplyShape
class KartraErrorsSimulatorTest extends CamelTestSupport {

    @Parameter
    ReplyShape shape;

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension();

    @BeforeEach
    void answerInTheShape() {
        KARTRA.simulator().settings().replyShape(shape);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        KartraSimulator simulator = KARTRA.simulator();
        context.addComponent("kartra", SimulatorKartra.component(context, simulator));
        KartraComponent unknownKey = SimulatorKartra.component(context, simulator);
        unknownKey.getConfiguration().setApiKey("NoSuchUser");
        context.addComponent("kartraUnknownKey", unknownKey);
        KartraComponent wrongPassword = SimulatorKartra.component(context, simulator);
        wrongPassword.getConfiguration().setApiPassword("not-the-password");
        context.addComponent("kartraWrongPassword", wrongPassword);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:dead").useOriginalMessage());

                onException(KartraAuthenticationException.class).handled(true).to("mock:authentication");
                onException(KartraAppException.class).handled(true).to("mock:app");
                onException(KartraNotFoundException.class).onWhen(simple("${exception.type} == 212")).handled(true)
                        .to("mock:unknownTag");
                onException(KartraLeadNotFoundException.class).handled(true).to("mock:noLead");

                from("direct:tag").setHeader(KartraConstants.TAG_NAME, simple("${body.split(';')[1]}"))
                        .setHeader(KartraConstants.LEAD_EMAIL, simple("${body.split(';')[0]}"))
                        .to("kartra:assignTag");
                from("direct:unknownKey").to("kartraUnknownKey:getLead");
                from("direct:wrongPassword").to("kartraWrongPassword:getLead");
            }
        };
    }

    private KartraException caught(String mock, Object expectedBody) throws InterruptedException {
        MockEndpoint endpoint = getMockEndpoint(mock);
        endpoint.expectedBodiesReceived(expectedBody);
        endpoint.assertIsSatisfied();
        assertThat(getMockEndpoint("mock:dead").getReceivedCounter()).isZero();
        Exchange exchange = endpoint.getReceivedExchanges().get(0);
        return exchange.getProperty(Exchange.EXCEPTION_CAUGHT, KartraException.class);
    }

    @Test
    void unknownTag() throws Exception {
        template.sendBody("direct:tag", "jane.doe@example.com;Gold");

        KartraException e = caught("mock:unknownTag", "jane.doe@example.com;Gold");
        assertThat(e).isInstanceOf(KartraNotFoundException.class);
        assertThat(e.getType()).isEqualTo(212);
        assertThat(e.getCommand()).isEqualTo("assign_tag");
        assertThat(e.getKartraMessage()).isEqualTo("Tag does not exist");
    }

    @Test
    void unknownApiKeyAndWrongPassword() throws Exception {
        template.sendBody("direct:unknownKey", "jane.doe@example.com");
        template.sendBody("direct:wrongPassword", "john.smith@example.com");

        MockEndpoint authentication = getMockEndpoint("mock:authentication");
        authentication.expectedBodiesReceived("jane.doe@example.com", "john.smith@example.com");
        authentication.assertIsSatisfied();
        assertThat(authentication.getReceivedExchanges()).extracting(
                exchange -> exchange.getProperty(Exchange.EXCEPTION_CAUGHT, KartraException.class).getType())
                .containsExactly(203, 233);
        assertThat(authentication.getReceivedExchanges()).allSatisfy(exchange -> assertThat(
                exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getMessage())
                .doesNotContain(KARTRA.simulator().demoCredentials().apiPassword(), "NoSuchUser", "not-the-password"));
    }

    @Test
    void commandTheAppMayNotRun() throws Exception {
        KartraSimulator simulator = KARTRA.simulator();
        simulator.state().updateApp(simulator.demoCredentials().appId(), app -> app.withAllowedCommands("get_lead"));

        template.sendBody("direct:tag", "jane.doe@example.com;VIP Customer");

        KartraException e = caught("mock:app", "jane.doe@example.com;VIP Customer");
        assertThat(e).isInstanceOf(KartraAppException.class);
        assertThat(e.getType()).isEqualTo(262);
        assertThat(simulator.state().account(simulator.demoCredentials().apiKey()).lead("jane.doe@example.com").orElseThrow().tags())
                .doesNotContain("VIP Customer");
    }

    @Test
    void deletedLead() throws Exception {
        template.sendBody("direct:tag", "deleted.lead@example.com;VIP Customer");

        KartraException e = caught("mock:noLead", "deleted.lead@example.com;VIP Customer");
        assertThat(e).isInstanceOf(KartraLeadNotFoundException.class);
        assertThat(e.getType()).isEqualTo(245);
    }
}
