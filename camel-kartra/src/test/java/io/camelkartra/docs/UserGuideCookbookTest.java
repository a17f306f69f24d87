package io.camelkartra.docs;

import io.camelkartra.KartraAppException;
import io.camelkartra.KartraAuthenticationException;
import io.camelkartra.KartraException;
import io.camelkartra.model.KartraRequest;
import io.camelkartra.model.Lead;
import io.camelkartra.simulator.Outcome;
import io.camelkartra.simulator.Reply;
import io.camelkartra.support.Fixtures;
import io.camelkartra.support.SimulatorDocsTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The user guide's branching cookbook and its recipe for the failed action of a chain, against the simulator. */
class UserGuideCookbookTest extends SimulatorDocsTestSupport {

    private static final String JOHN = "john.smith@example.com";

    private void addCookbookRoutes() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::cookbook[]
                onException(KartraAuthenticationException.class, KartraAppException.class)   // nothing else will work
                    .handled(true)
                    .to("direct:alert");

                onException(KartraException.class)
                    .onWhen(simple("${exception.type} == 212"))                               // Tag does not exist
                    .handled(true)
                    .to("direct:create-tag-and-retry");

                onException(KartraException.class)                                            // 429, 5xx, I/O, timeout, if safe
                    .retryWhile(simple("${exception.retryable} == true && ${header.CamelRedeliveryCounter} <= 5"))
                    .redeliveryDelay(1000).useExponentialBackOff();

                errorHandler(deadLetterChannel("file:dead").useOriginalMessage());            // the rest, with the original body
                // end::cookbook[]

                from("direct:give-points").to("kartra:givePointsToLead?points=10");
                from("direct:alert").to("mock:alert");
                from("direct:create-tag-and-retry").to("mock:create-tag-and-retry");
            }
        });
    }

    @Test
    void pointsWhoseReplyWasLostAfterA429AreGivenOnceAndDeadLettered() throws Exception {
        addCookbookRoutes();
        MockEndpoint dead = getMockEndpoint("mock:file:dead");
        dead.expectedBodiesReceived(JOHN);

        simulator().enqueue(Reply.tooManyRequests(), Reply.reset().afterCommand());
        template.sendBody("direct:give-points", JOHN);

        dead.assertIsSatisfied();
        assertThat(lead(JOHN).score()).isEqualTo(35);
        assertThat(simulator().calls().countResult("give_points_to_lead", Outcome.SUCCESS)).isEqualTo(1);
    }

    @Test
    void aMissingTagAfterA429GoesToItsOwnClause() throws Exception {
        addCookbookRoutes();
        getMockEndpoint("mock:create-tag-and-retry").expectedBodiesReceived(JOHN);
        getMockEndpoint("mock:file:dead").expectedMessageCount(0);

        simulator().enqueue(Reply.tooManyRequests(), Reply.json(Fixtures.reply("tag-does-not-exist.json")));
        template.sendBody("direct:give-points", JOHN);

        MockEndpoint.assertIsSatisfied(context);
    }

    @Test
    void refusedCredentialsRaiseTheAlert() throws Exception {
        addCookbookRoutes();
        account().apiPassword("changed-in-kartra");
        getMockEndpoint("mock:alert").expectedMessageCount(1);

        template.sendBody("direct:give-points", JOHN);

        getMockEndpoint("mock:alert").assertIsSatisfied();
    }

    @Test
    void aChainWithAFailedActionTakesTheOtherBranch() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::failed-action[]
                from("direct:onboard")
                    .to("kartra:call?throwExceptionOnFailure=false")
                    .choice()
                        .when(simple("${body.success} == false"))        // the call, or any of its actions, failed
                            .to("direct:partly-done")
                        .otherwise()
                            .to("direct:done");
                // end::failed-action[]

                from("direct:partly-done").to("mock:partly-done");
                from("direct:done").to("mock:done");
            }
        });
        getMockEndpoint("mock:done").expectedMessageCount(1);
        getMockEndpoint("mock:partly-done").expectedMessageCount(1);

        template.sendBody("direct:onboard", KartraRequest.forLead(Lead.ofEmail(JOHN)).assignTag("Lead Magnet").build());
        template.sendBody("direct:onboard", KartraRequest.forLead(Lead.ofEmail(JOHN))
                .assignTag("Webinar Attendee").subscribeLeadToSequenceAtStep("Onboarding", "9").build());

        MockEndpoint.assertIsSatisfied(context);
        assertThat(lead(JOHN).tags()).contains("Lead Magnet", "Webinar Attendee");
    }
}
