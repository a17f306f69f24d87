package io.camelkartra.springboot;

import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.SimulatorCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer health check in /actuator/health when Kartra refuses the credentials (the application runs with a
 * wrong API password): DOWN, naming Kartra's message type, with no credential in the answer. Camel's default exposure
 * level is kept: it details the checks that are DOWN.
 */
@SpringBootTest(classes = { KartraTestApplication.class, KartraSpringBootSimulatorTest.LeadRoutes.class },
                webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = { "camel.health.producers-enabled=true", "management.endpoint.health.show-details=always" })
class KartraSpringBootBadCredentialsHealthTest {

    private static final String WRONG_PASSWORD = "not-the-api-password";

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension(
            () -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0));

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void kartra(DynamicPropertyRegistry registry) {
        SimulatorAccount.register(registry, KARTRA, () -> WRONG_PASSWORD);
    }

    @Test
    void healthIsDownNamingKartrasTypeAndNoSecret() throws Exception {
        ActuatorHealth.Answer answer = ActuatorHealth.awaitCamelDetails(port,
                details -> details.path("producer:kartra-1.data").has("kartra.message.type"));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.camelDetails().path("producer:kartra-1").asText()).isEqualTo("DOWN");
        assertThat(answer.camelDetails().path("producer:kartra-1.data").path("kartra.message.type").asText()).isEqualTo("233");
        SimulatorCredentials credentials = KARTRA.simulator().demoCredentials();
        assertThat(answer.body()).contains("\"status\":\"DOWN\"")
                .doesNotContain(credentials.apiKey(), credentials.apiPassword(), credentials.appId(), WRONG_PASSWORD);
    }
}
