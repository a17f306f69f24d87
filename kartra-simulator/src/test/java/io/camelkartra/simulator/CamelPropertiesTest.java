package io.camelkartra.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The properties that point Camel's kartra component at a simulator (bound by Camel in camel-kartra's tests). */
class CamelPropertiesTest {

    @Test
    void plainHttpWhenThereIsAnHttpListener() {
        try (KartraSimulator sim = KartraSimulator.builder().httpPort(0).httpsPort(0).allowPlainHttp(true).build().start()) {
            assertThat(sim.camelProperties()).containsExactly(
                    entry("base-url", sim.baseUrl()), entry("allow-plain-http", "true"), entry("app-id", "SimulatorApp"),
                    entry("api-key", "DemoUser"), entry("api-password", "DemoPassword"));
        }
    }

    @Test
    void httpsWithTheSimulatorsTrustStoreOtherwise() {
        try (KartraSimulator sim = KartraSimulator.builder().httpsPort(0).build().start()) {
            assertThat(sim.camelProperties())
                    .containsEntry("camel.component.kartra.base-url", sim.httpsBaseUrl())
                    .containsEntry("camel.component.kartra.ssl-context-parameters.trust-managers.key-store.resource",
                            "file:" + sim.trustStorePath())
                    .containsEntry("camel.component.kartra.ssl-context-parameters.trust-managers.key-store.password",
                            sim.trustStorePassword())
                    .doesNotContainKey("camel.component.kartra.allow-plain-http");
        }
    }

    private static Map.Entry<String, String> entry(String option, String value) {
        return Map.entry("camel.component.kartra." + option, value);
    }
}
