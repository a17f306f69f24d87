package io.camelkartra.docs;

import io.camelkartra.KartraAppException;
import io.camelkartra.KartraAuthenticationException;
import io.camelkartra.KartraException;
import io.camelkartra.model.KartraRequest;
import io.camelkartra.model.Lead;
import io.camelkartra.simulator.Reply;
import io.camelkartra.simulator.state.LeadView;
import io.camelkartra.support.Fixtures;
import io.camelkartra.support.SimulatorDocsTestSupport;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Java DSL blocks of the README's tour (and the user guide's chained call), against the simulator. */
class ReadmeTourTest extends SimulatorDocsTestSupport {

    private static final String ANN = "ann@example.com";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // tag::java-dsl[]
                onException(KartraAuthenticationException.class, KartraAppException.class)   // bad credentials or App
                    .handled(true).to("direct:alert");
                onException(KartraException.class).onWhen(simple("${exception.type} == 212")) // Tag does not exist
                    .handled(true).to("file:dead-letters");
                onException(KartraException.class)                                            // 429, 5xx, I/O, timeout, if safe
                    .retryWhile(simple("${exception.retryable} == true && ${header.CamelRedeliveryCounter} <= 5"))
                    .redeliveryDelay(1000).useExponentialBackOff();

                from("direct:new-customer")
                    .to("kartra:upsertLead?tagNames=VIP Customer&listNames=Newsletter");
                // end::java-dsl[]

                from("direct:alert").to("mock:alert");
            }
        };
    }

    @Test
    void upsertsTheLeadWithItsTagAndListInOneCall() {
        template.sendBody("direct:new-customer", ANN);

        LeadView ann = lead(ANN);
        assertThat(ann.tags()).containsExactly("VIP Customer");
        assertThat(ann.lists()).containsExactly("Newsletter");
        assertThat(simulator().calls().total()).isEqualTo(1);
    }

    @Test
    void redeliversA429() {
        simulator().enqueue(Reply.tooManyRequests());

        template.sendBody("direct:new-customer", ANN);

        assertThat(lead(ANN).tags()).containsExactly("VIP Customer");
        assertThat(simulator().calls().total()).isEqualTo(2);
    }

    @Test
    void anUnknownTagGoesToTheDeadLetterFiles() throws Exception {
        simulator().enqueue(Reply.json(Fixtures.reply("tag-does-not-exist.json")));
        MockEndpoint deadLetters = getMockEndpoint("mock:file:dead-letters");
        deadLetters.expectedBodiesReceived(ANN);

        template.sendBody("direct:new-customer", ANN);

        deadLetters.assertIsSatisfied();
    }

    @Test
    void refusedCredentialsRaiseTheAlert() throws Exception {
        account().apiPassword("changed-in-kartra");
        getMockEndpoint("mock:alert").expectedMessageCount(1);

        template.sendBody("direct:new-customer", ANN);

        MockEndpoint.assertIsSatisfied(context);
    }

    @Test
    void aChainOfActionsIsOneCall() {
        // tag::chain[]
        KartraRequest request = KartraRequest.forLead(Lead.ofEmail("jane.doe@example.com"))
                .editLead()
                .unassignTag("Newsletter Reader")
                .assignTag("VIP Customer")
                .subscribeLeadToSequenceAtStep("Onboarding", "1")
                .build();
        template.sendBody("kartra:call", request);
        // end::chain[]

        LeadView jane = lead("jane.doe@example.com");
        assertThat(jane.tags()).containsExactly("VIP Customer");
        assertThat(jane.sequences()).containsEntry("Onboarding", 1);
        assertThat(simulator().calls().total()).isEqualTo(1);
    }
}
