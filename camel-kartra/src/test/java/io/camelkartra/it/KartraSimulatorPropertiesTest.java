package io.camelkartra.it;

import java.time.Duration;

import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.Outcome;
import io.camelkartra.simulator.RecordedCall;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator's camelProperties() are all Camel Main needs to reach it, over plain HTTP and over HTTPS. */
class KartraSimulatorPropertiesTest {

    @Test
    void camelMainReachesTheSimulatorOverPlainHttp() throws Exception {
        try (KartraSimulator simulator = KartraSimulator.builder().httpPort(0).httpsPort(0).allowPlainHttp(true).build().start()) {
            assertTagged(simulator);
        }
    }

    @Test
    void camelMainTrustsTheCertificateOfAnHttpsOnlySimulator() throws Exception {
        try (KartraSimulator simulator = KartraSimulator.builder().httpsPort(0).build().start()) {
            assertTagged(simulator);
            assertThat(simulator.camelProperties()).containsKey("camel.component.kartra.ssl-context-parameters");
        }
    }

    private static void assertTagged(KartraSimulator simulator) throws Exception {
        Main main = new Main();
        simulator.camelProperties().forEach(main::addInitialProperty);
        main.addInitialProperty("camel.component.kartra.inventory", "false");
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:tag").to("kartra:assignTag?tagName=VIP Customer");
            }
        });
        main.start();
        try {
            main.getCamelContext().createProducerTemplate().sendBody("direct:tag", "jane.doe@example.com");
        } finally {
            main.stop();
        }

        RecordedCall call = simulator.calls().take(Duration.ofSeconds(5)).orElseThrow();
        assertThat(call.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(call.request().sentCredentials(simulator.demoCredentials())).isTrue();
        assertThat(simulator.state().account(simulator.demoCredentials().apiKey()).lead("jane.doe@example.com").orElseThrow()
                .tags()).contains("VIP Customer");
    }
}
