package io.camelkartra.docs;

import java.io.InputStream;
import java.util.Map;
import java.util.Properties;

import io.camelkartra.KartraComponent;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.SimulatorCredentials;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.PropertiesFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The credentials block of the user guide and the component page, as Camel Main binds it: the component takes the
 * App id, API key and password from the environment (played by the test), and a route with no credentials in its URI
 * calls the simulator's demo account with them.
 */
class CredentialsDocsTest {

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension(
            () -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0));

    @Test
    void theComponentTakesTheCredentialsFromTheEnvironment() throws Exception {
        SimulatorCredentials demo = KARTRA.simulator().demoCredentials();
        Map<String, String> environment = Map.of(
                "KARTRA_APP_ID", demo.appId(), "KARTRA_API_KEY", demo.apiKey(), "KARTRA_API_PASSWORD", demo.apiPassword());
        Properties settings = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/docs/credentials.properties")) {
            settings.load(in);
        }
        settings.setProperty("camel.component.kartra.base-url", KARTRA.simulator().baseUrl());
        settings.setProperty("camel.component.kartra.allow-plain-http", "true");
        Main main = new Main();
        main.setOverrideProperties(settings);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport support) {
                support.getCamelContext().getPropertiesComponent().addPropertiesFunction(new PropertiesFunction() {
                    @Override
                    public String getName() {
                        return "env";
                    }

                    @Override
                    public String apply(String remainder) {
                        return environment.get(remainder);
                    }
                });
            }
        });
        main.start();
        try {
            assertThat(main.getCamelContext().getComponent("kartra", KartraComponent.class).getConfiguration().getApiKey())
                    .isEqualTo(demo.apiKey());

            main.getCamelContext().createProducerTemplate().sendBody("kartra:assignTag?tagName=Lead Magnet", "john.smith@example.com");

            assertThat(KARTRA.simulator().state().account(demo.apiKey()).lead("john.smith@example.com").orElseThrow().tags())
                    .contains("Lead Magnet");
        } finally {
            main.stop();
        }
    }
}
