package io.camelkartra.examples.leadsync;

import java.io.InputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.state.Delivery;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.PropertiesFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Camel Main settings of the component page's consumers chapter (camel-kartra/src/main/docs/kartra-consumers.adoc)
 * with its YAML routes, on camel-platform-http-main's server: the simulator, playing Kartra, posts a purchase's
 * buy_product event and IPN sale, and a rebill, and every post is answered 200. The test plays the environment the
 * settings read the token and secret key from, and picks a free port instead of 8080.
 */
class KartraConsumersCamelMainTest {

    private static final Map<String, String> ENVIRONMENT = Map.of(
            "KARTRA_OUTBOUND_TOKEN", "outbound-token-of-the-test", "KARTRA_IPN_SECRET_KEY", "ipn-secret-of-the-test");

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension(
            () -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0));

    @Test
    void kartraPostsReachTheRoutes() throws Exception {
        int port = freePort();
        Properties settings = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/docs/consumers/application.properties")) {
            settings.load(in);
        }
        settings.setProperty("camel.server.port", String.valueOf(port));
        settings.setProperty("camel.main.routes-include-pattern",
                "file:../../camel-kartra/src/test/resources/docs/consumers/kartra-routes.camel.yaml");
        Main main = new Main();
        main.setOverrideProperties(settings);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport support) {
                support.getCamelContext().getPropertiesComponent().addPropertiesFunction(new TestEnvironment());
            }
        });
        main.start();
        try {
            KartraSimulator kartra = KARTRA.simulator();
            String base = "http://127.0.0.1:" + port;
            kartra.outbound().addWebhook(base + "/hooks/kartra?token=" + ENVIRONMENT.get("KARTRA_OUTBOUND_TOKEN"));
            kartra.outbound().addIpn(base + "/kartra/ipn", ENVIRONMENT.get("KARTRA_IPN_SECRET_KEY"));

            kartra.events(kartra.demoCredentials().apiKey()).buyProduct("john.smith@example.com", 2, 1);
            kartra.events(kartra.demoCredentials().apiKey()).rebill(14801);
            assertThat(kartra.outbound().awaitIdle(Duration.ofSeconds(10))).isTrue();

            assertThat(kartra.outbound().deliveries()).extracting(Delivery::action).contains("buy_product", "sale", "rebill");
            assertThat(kartra.outbound().deliveries()).allSatisfy(delivery -> assertThat(delivery.status()).isEqualTo(200));
        } finally {
            main.stop();
        }
    }

    /** {@code {{env:NAME}}} from the test's environment. */
    private static final class TestEnvironment implements PropertiesFunction {
        @Override
        public String getName() {
            return "env";
        }

        @Override
        public String apply(String remainder) {
            return ENVIRONMENT.get(remainder);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
