package io.camelkartra.quarkus.it;

import java.net.URL;
import java.util.Map;

import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.SimulatorCredentials;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer health check in Quarkus's readiness endpoint when Kartra refuses the credentials (the application
 * runs with a wrong API password): DOWN, naming Kartra's message type, with no credential in the answer.
 */
@QuarkusTest
@QuarkusTestResource(KartraSimulatorResource.class)
@TestProfile(KartraQuarkusBadCredentialsHealthTest.WrongPassword.class)
class KartraQuarkusBadCredentialsHealthTest {

    /** The application as deployed with a password Kartra does not know. */
    public static class WrongPassword implements QuarkusTestProfile {
        static final String PASSWORD = "not-the-api-password";

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("camel.component.kartra.api-password", PASSWORD);
        }
    }

    @InjectKartraSimulator
    KartraSimulator simulator;
    @TestHTTPResource("/q/health/ready")
    URL ready;

    @Test
    void readinessIsDownNamingKartrasTypeAndNoSecret() throws Exception {
        ReadinessProbe.Answer answer = ReadinessProbe.awaitKartraData(ready,
                data -> data.has("producer:kartra-1.kartra.message.type"));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.kartraData().path("producer:kartra-1").asText()).isEqualTo("DOWN");
        assertThat(answer.kartraData().path("producer:kartra-1.kartra.message.type").asText()).isEqualTo("233");
        assertThat(answer.kartraData().path("producer:kartra-1.message").asText()).contains("233");
        SimulatorCredentials credentials = simulator.demoCredentials();
        assertThat(answer.body()).contains("\"status\": \"DOWN\"")
                .doesNotContain(credentials.apiKey(), credentials.apiPassword(), credentials.appId(), WrongPassword.PASSWORD);
    }
}
