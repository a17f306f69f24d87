package io.camelkartra.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelkartra.simulator.support.KartraHttp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The runnable jar's entry point: options and the {@code KARTRA_*} lines. */
class SimulatorMainTest {

    private static Map<String, String> lines(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8).lines().map(l -> l.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1]));
    }

    @Test
    void plainHttpWithTheDemoAccount() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (KartraSimulator sim = SimulatorMain.start(new String[] {"--http-port", "0", "--allow-plain-http", "--rate-limit", "0",
            "--seed", "9"}, new PrintStream(out, true, StandardCharsets.UTF_8))) {
            Map<String, String> env = lines(out);
            assertThat(env.get("KARTRA_BASE_URL")).isEqualTo("http://127.0.0.1:" + sim.httpPort() + "/api");
            assertThat(env).containsEntry("KARTRA_APP_ID", "SimulatorApp").containsEntry("KARTRA_API_KEY", "DemoUser")
                    .containsEntry("KARTRA_API_PASSWORD", "DemoPassword").doesNotContainKey("KARTRA_TRUSTSTORE");
            assertThat(KartraHttp.plain(sim).call("get_lead[email]=john.smith%40example.com").path("status").asText())
                    .isEqualTo("Success");
            assertThat(sim.settings().rateLimit()).isZero();
        }
    }

    @Test
    void httpsIsTheBaseUrlWhenOn() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (KartraSimulator sim = SimulatorMain.start(new String[] {"--http-port", "0", "--https-port", "0"},
                new PrintStream(out, true, StandardCharsets.UTF_8))) {
            Map<String, String> env = lines(out);
            assertThat(env.get("KARTRA_BASE_URL")).isEqualTo(sim.httpsBaseUrl());
            assertThat(env.get("KARTRA_TRUSTSTORE")).isEqualTo(sim.trustStorePath().toString());
            assertThat(sim.certificatePemPath()).content().startsWith("-----BEGIN CERTIFICATE-----");
            assertThat(env.get("KARTRA_CA_PEM")).isEqualTo(sim.certificatePemPath().toString());
        }
    }

    @Test
    void withoutPortsItListensOnAFreeHttpsPort() {
        try (KartraSimulator sim = SimulatorMain.start(new String[0], new PrintStream(new ByteArrayOutputStream()))) {
            assertThat(sim.httpsPort()).isPositive();
            assertThat(sim.httpPort()).isEqualTo(-1);
        }
    }

    @Test
    void badOptionsAreRefused() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream());
        assertThatThrownBy(() -> SimulatorMain.start(new String[] {"--port", "1"}, out)).hasMessageContaining("--port");
        assertThatThrownBy(() -> SimulatorMain.start(new String[] {"--http-port"}, out)).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> SimulatorMain.start(new String[] {"--http-port", "x"}, out)).hasMessageContaining("number");
    }
}
