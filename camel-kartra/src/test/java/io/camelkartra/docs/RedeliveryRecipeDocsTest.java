package io.camelkartra.docs;

import io.camelkartra.KartraRedeliveryRouteConfiguration;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.Outcome;
import io.camelkartra.simulator.Reply;
import io.camelkartra.support.SimulatorCamelMain;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user guide's Redelivery section as a Camel Main application runs it: its properties add the shipped route
 * configuration, and its YAML and Java routes name it. John's score is 25 in the demo account.
 */
class RedeliveryRecipeDocsTest {

    private static final String PROPERTIES = "/docs/redelivery/application.properties";
    private static final String JOHN = "john.smith@example.com";

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension(
            () -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0));

    /** The Java form of give-points.camel.yaml. */
    static class GivePointsRoutes extends RouteBuilder {
        @Override
        public void configure() {
            // tag::java[]
            from("direct:give-points").routeConfigurationId(KartraRedeliveryRouteConfiguration.ID)
                .to("kartra:givePointsToLead?points=10");
            // end::java[]
        }
    }

    @Test
    void theYamlRouteRedeliversA429() throws Exception {
        try (SimulatorCamelMain app = yamlApplication().start()) {
            KARTRA.simulator().enqueue(Reply.tooManyRequests());

            app.context().createProducerTemplate().sendBody("direct:give-points", JOHN);

            assertThat(score()).isEqualTo(35L);
            assertThat(deadLetters(app).getReceivedCounter()).isZero();
        }
    }

    @Test
    void theYamlRouteNeverGivesThePointsTwice() throws Exception {
        try (SimulatorCamelMain app = yamlApplication().start()) {
            pointsGivenOnceAfterA429AndALostReply(app);
        }
    }

    @Test
    void theJavaRouteNeverGivesThePointsTwice() throws Exception {
        try (SimulatorCamelMain app = new SimulatorCamelMain(KARTRA.simulator(), PROPERTIES, null, new GivePointsRoutes()).start()) {
            pointsGivenOnceAfterA429AndALostReply(app);
        }
    }

    private static SimulatorCamelMain yamlApplication() throws Exception {
        return new SimulatorCamelMain(KARTRA.simulator(), PROPERTIES, "classpath:docs/redelivery/*.camel.yaml");
    }

    private static void pointsGivenOnceAfterA429AndALostReply(SimulatorCamelMain app) throws Exception {
        KARTRA.simulator().enqueue(Reply.tooManyRequests(), Reply.reset().afterCommand());
        MockEndpoint deadLetters = deadLetters(app);
        deadLetters.expectedBodiesReceived(JOHN);

        app.context().createProducerTemplate().sendBody("direct:give-points", JOHN);

        deadLetters.assertIsSatisfied();
        assertThat(score()).isEqualTo(35L);
        assertThat(KARTRA.simulator().calls().countResult("give_points_to_lead", Outcome.SUCCESS)).isEqualTo(1);
    }

    private static MockEndpoint deadLetters(SimulatorCamelMain app) {
        return app.context().getEndpoint("mock:file:dead-letters", MockEndpoint.class);
    }

    private static long score() {
        return KARTRA.simulator().state().account("DemoUser").lead(JOHN).orElseThrow().score();
    }
}
