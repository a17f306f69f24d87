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
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer health check in Spring Boot Actuator's /actuator/health (Camel's health indicator, camelHealth), with
 * the credentials Kartra accepts: UP, with no credential in the answer.
 */
@SpringBootTest(classes = { KartraTestApplication.class, KartraSpringBootSimulatorTest.LeadRoutes.class },
                webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:health.properties")
class KartraSpringBootHealthTest {

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension(
            () -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0));

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void kartra(DynamicPropertyRegistry registry) {
        SimulatorAccount.register(registry, KARTRA, () -> KARTRA.simulator().demoCredentials().apiPassword());
    }

    @Test
    void healthIsUpWithTheAccountsCheckAndNoSecret() throws Exception {
        ActuatorHealth.Answer answer = ActuatorHealth.awaitCamelDetails(port,
                details -> "UP".equals(details.path("producer:kartra-1").asText()));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.camelDetails().path("producer:kartra-1").asText()).isEqualTo("UP");
        assertThat(answer.camelDetails().path("producer:kartra-1.data").path("kartra.url").asText()).isEqualTo(KARTRA.simulator().baseUrl());
        SimulatorCredentials credentials = KARTRA.simulator().demoCredentials();
        assertThat(answer.body()).contains("\"status\":\"UP\"")
                .doesNotContain(credentials.apiKey(), credentials.apiPassword(), credentials.appId());
    }
}
