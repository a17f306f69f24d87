package io.camelkartra.support;

import java.util.List;

import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.RecordedCall;
import io.camelkartra.simulator.RecordedRequest;
import io.camelkartra.simulator.Reply;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Route tests against the Kartra simulator with scripted replies: one simulator for the class, reset before each test,
 * without a rate limit of its own (the component's limiter is what some of these tests measure); the kartra component
 * pointed at it by {@link SimulatorKartra#component}, without the account inventory, so the only calls are the
 * test's.
 */
public abstract class KartraSimulatorTestSupport extends CamelTestSupport {

    @RegisterExtension
    protected static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension(
            () -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0));

    /** A one-action success, for the tests that check only what was sent. */
    protected static final Reply SUCCESS = Reply.json("{\"status\":\"Success\",\"message\":\"Tag added to lead\",\"type\":\"103\"}");

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("kartra", SimulatorKartra.component(context, KARTRA.simulator()));
        return context;
    }

    protected static KartraSimulator simulator() {
        return KARTRA.simulator();
    }

    /** The requests the simulator received, oldest first. */
    protected static List<RecordedRequest> requests() {
        return simulator().calls().recorded().stream().map(RecordedCall::request).toList();
    }

    protected static RecordedRequest lastRequest() {
        List<RecordedRequest> requests = requests();
        assertThat(requests).as("requests received").isNotEmpty();
        return requests.get(requests.size() - 1);
    }

    /**
     * The request is byte for byte {@code expectedBody}, a body PHP's {@code http_build_query} produced, with the
     * simulator's demo credentials where the fixture has its own (the simulator records credentials masked).
     */
    protected static void assertSentAs(RecordedRequest request, String expectedBody) {
        assertThat(request.body()).isEqualTo(RecordedRequest.maskCredentials(expectedBody));
        assertThat(request.sentCredentials(simulator().demoCredentials())).as("sent the demo credentials").isTrue();
    }
}
