package io.camelkartra.benchmarks;

import io.camelkartra.KartraConstants;
import io.camelkartra.model.Lead;
import io.camelkartra.simulator.KartraSimulator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The component's two benchmarked calls in a second Camel context that has a Micrometer registry (bound as
 * camel-micrometer binds it), so the component records its meters: the cost of metrics, against the same calls of
 * {@link BenchmarkEnvironment}, whose context has no registry.
 */
final class MeteredCalls implements AutoCloseable {

    private final CamelContext camel;
    private final ProducerTemplate template;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    MeteredCalls(KartraSimulator simulator) throws Exception {
        camel = new DefaultCamelContext();
        camel.getRegistry().bind("metricsRegistry", registry);
        camel.addComponent("kartra", BenchmarkEnvironment.kartraComponent(camel, simulator, 0));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                BenchmarkEnvironment.componentCallRoutes(this);
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
    }

    Lead getLead(String email) {
        return template.requestBody("direct:kartra-getLead", email, Lead.class);
    }

    String createLead(String email) {
        return template.request("direct:kartra-createLead", e -> e.getMessage().setBody(Lead.ofEmail(email)))
                .getMessage().getHeader(KartraConstants.LEAD_ID, String.class);
    }

    /** The calls the meters counted, to check that they were recorded. */
    long callsMeasured() {
        return registry.find("kartra.calls").timers().stream().mapToLong(timer -> timer.count()).sum();
    }

    @Override
    public void close() throws Exception {
        camel.close();
    }
}
