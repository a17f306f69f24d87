package io.camelkartra.examples.leadsync;

import java.util.LinkedHashMap;

import io.camelkartra.KartraConstants;
import io.camelkartra.KartraNotFoundException;
import io.camelkartra.KartraTransportException;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.Outcome;
import io.camelkartra.simulator.Reply;
import io.camelkartra.simulator.state.LeadView;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The user guide's example of testing your own route against the Kartra simulator. */
class SimulatorInYourTestsTest extends CamelTestSupport {

    // tag::test[]
    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension(
            () -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // the simulator's URL and demo credentials as camel.component.kartra.* properties, bound as Camel Main binds them
        PropertyBindingSupport.build().withCamelContext(context).withTarget(context.getComponent("kartra"))
                .withOptionPrefix("camel.component.kartra.").withProperties(new LinkedHashMap<>(KARTRA.simulator().camelProperties()))
                .bind();
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(KartraNotFoundException.class).handled(true).to("mock:unknown-tag-or-list");

                from("direct:new-customer")
                    .to("kartra:upsertLead?tagNames=VIP Customer&listNames=Newsletter");

                from("direct:new-partner")
                    .to("kartra:upsertLead?tagNames=Partner");       // no such tag in the demo account
            }
        };
    }

    @Test
    void newCustomerIsTaggedAndSubscribed() {
        template.sendBody("direct:new-customer", "ann@example.com");

        LeadView ann = KARTRA.simulator().state().account("DemoUser").lead("ann@example.com").orElseThrow();
        assertThat(ann.tags()).containsExactly("VIP Customer");
        assertThat(ann.lists()).containsExactly("Newsletter");
        // one create_lead carried the tag and the list (the account inventory also read the names, once)
        assertThat(KARTRA.simulator().calls().count("create_lead")).isEqualTo(1);
    }

    @Test
    void unknownTagIsReported() throws InterruptedException {
        getMockEndpoint("mock:unknown-tag-or-list").expectedMessageCount(1);
        getMockEndpoint("mock:unknown-tag-or-list").message(0).header(KartraConstants.MESSAGE_TYPE).isEqualTo(212);

        template.sendBody("direct:new-partner", "bob@example.com");

        getMockEndpoint("mock:unknown-tag-or-list").assertIsSatisfied();
        // the account inventory refused the unknown tag before anything was sent
        assertThat(KARTRA.simulator().calls().count("create_lead")).isZero();
        assertThat(KARTRA.simulator().state().account("DemoUser").lead("bob@example.com")).isEmpty();
    }

    @Test
    void anOutageFailsTheExchangeAndChangesNothing() {
        KARTRA.simulator().enqueue(Reply.serverError(503).forCommand("create_lead"));    // the next create_lead only

        Exchange exchange = template.send("direct:new-customer", e -> e.getMessage().setBody("ann@example.com"));

        assertThat(exchange.getException()).isInstanceOf(KartraTransportException.class);
        assertThat(KARTRA.simulator().calls().count("create_lead", Outcome.FAULT_BEFORE_COMMAND)).isEqualTo(1);
        assertThat(KARTRA.simulator().state().account("DemoUser").lead("ann@example.com")).isEmpty();
    }
    // end::test[]
}
