package io.camelkartra.quarkus.it;

import java.net.URL;

import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.SimulatorCredentials;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer health check in Quarkus's readiness endpoint, with the credentials Kartra accepts: UP, with no
 * credential in the answer.
 */
@QuarkusTest
@QuarkusTestResource(KartraSimulatorResource.class)
class KartraQuarkusHealthTest {

    @InjectKartraSimulator
    KartraSimulator simulator;
    @TestHTTPResource("/q/health/ready")
    URL ready;

    @Test
    void readinessIsUpWithTheAccountsCheckAndNoSecret() throws Exception {
        ReadinessProbe.Answer answer = ReadinessProbe.awaitKartraData(ready,
                data -> "UP".equals(data.path("producer:kartra-1").asText()));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.kartraData().path("producer:kartra-1").asText()).isEqualTo("UP");
        assertThat(answer.kartraData().path("producer:kartra-1.kartra.url").asText()).isEqualTo(simulator.baseUrl());
        SimulatorCredentials credentials = simulator.demoCredentials();
        assertThat(answer.body()).contains("\"status\": \"UP\"")
                .doesNotContain(credentials.apiKey(), credentials.apiPassword(), credentials.appId());
    }
}
