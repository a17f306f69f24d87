package io.camelkartra.support;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.SimulatorCredentials;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.mock.InterceptSendToMockEndpointStrategy;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * Camel Main as an application of the docs runs it: the properties of a docs file, the YAML routes of a docs folder,
 * the kartra component pointed at the simulator's demo account by properties. File endpoints are replaced by mocks
 * ({@code mock:file:dead-letters}), so that the docs' file URIs can stay as a user writes them.
 */
public final class SimulatorCamelMain implements AutoCloseable {

    private final Main main = new Main();

    /**
     * @param propertiesResource a classpath properties file of the docs, or null
     * @param routesPattern      the YAML routes to load ({@code classpath:docs/x/*.camel.yaml}), or null
     */
    public SimulatorCamelMain(KartraSimulator simulator, String propertiesResource, String routesPattern, RoutesBuilder... java)
            throws IOException {
        Properties properties = new Properties();
        if (propertiesResource != null) {
            try (InputStream in = SimulatorCamelMain.class.getResourceAsStream(propertiesResource)) {
                properties.load(in);
            }
        }
        SimulatorCredentials demo = simulator.demoCredentials();
        properties.setProperty("camel.component.kartra.base-url", simulator.baseUrl());
        properties.setProperty("camel.component.kartra.allow-plain-http", "true");
        properties.setProperty("camel.component.kartra.app-id", demo.appId());
        properties.setProperty("camel.component.kartra.api-key", demo.apiKey());
        properties.setProperty("camel.component.kartra.api-password", demo.apiPassword());
        if (routesPattern != null) {
            properties.setProperty("camel.main.routes-include-pattern", routesPattern);
        }
        main.setOverrideProperties(properties);
        for (RoutesBuilder builder : java) {
            main.configure().addRoutesBuilder(builder);
        }
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport support) {
                support.getCamelContext().getCamelContextExtension()
                        .registerEndpointCallback(new InterceptSendToMockEndpointStrategy("file:*", true));
            }
        });
    }

    public SimulatorCamelMain start() throws Exception {
        main.start();
        return this;
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    @Override
    public void close() {
        main.stop();
    }
}
