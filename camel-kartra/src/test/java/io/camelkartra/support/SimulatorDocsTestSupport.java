package io.camelkartra.support;

import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.state.Account;
import io.camelkartra.simulator.state.LeadView;
import org.apache.camel.CamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the code blocks of the docs against the Kartra simulator's demo account (reset before each test), with the
 * kartra component configured at component level as the docs advise. File endpoints are mocked and skipped
 * ({@code mock:file:dead-letters}), so that the docs' file URIs stay as a user writes them.
 */
public abstract class SimulatorDocsTestSupport extends CamelTestSupport {

    @RegisterExtension
    protected static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension(
            () -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0));

    @Override
    public void configureContext(CamelContextConfiguration configuration) {
        super.configureContext(configuration);
        configuration.withMockEndpointsAndSkip("file:*");
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("kartra", SimulatorKartra.component(context, KARTRA.simulator()));
        return context;
    }

    protected static KartraSimulator simulator() {
        return KARTRA.simulator();
    }

    protected static Account account() {
        return KARTRA.simulator().state().account(KARTRA.simulator().demoCredentials().apiKey());
    }

    protected static LeadView lead(String email) {
        return account().lead(email).orElseThrow();
    }

    /** Loads the routes of a YAML file of the test resources, as Camel Main would from its routes-include-pattern. */
    protected void loadYamlRoutes(String classpathResource) throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.resolveMandatoryResource(context, "classpath:" + classpathResource));
    }
}
