package io.camelkartra.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelkartra.simulator.support.KartraHttp;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit 5 extension: class-wide with reset, per test, and with {@code @ExtendWith}. */
class KartraSimulatorExtensionTest {

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class ClassWide {

        @RegisterExtension
        static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension();

        static int firstPort;

        @Test
        @Order(1)
        void injectsARunningSimulator(KartraSimulator sim) {
            firstPort = sim.httpPort();
            assertThat(sim).isSameAs(KARTRA.simulator());
            assertThat(sim.httpsPort()).isPositive();
            assertThat(KartraHttp.plain(sim).call("get_lead[email]=john.smith%40example.com").path("status").asText())
                    .isEqualTo("Success");
            sim.state().account("DemoUser").addTag("Left over");
        }

        @Test
        @Order(2)
        void resetsBetweenTestsButKeepsTheServer(KartraSimulator sim) {
            assertThat(sim.httpPort()).isEqualTo(firstPort);
            assertThat(sim.state().account("DemoUser").tags()).noneMatch(t -> t.name().equals("Left over"));
            assertThat(sim.calls().total()).isZero();
        }
    }

    @Nested
    class PerTest {

        @RegisterExtension
        final KartraSimulatorExtension kartra = new KartraSimulatorExtension(
                () -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).demoData(false));

        @Test
        void eachTestGetsItsOwnEmptySimulator(KartraSimulator sim) {
            assertThat(sim).isSameAs(kartra.simulator());
            assertThat(sim.state().accounts()).isEmpty();
            assertThat(KartraHttp.plain(sim).call("get_lead[email]=x").path("type").asText()).isEqualTo("239");
        }
    }

    @Nested
    @ExtendWith(KartraSimulatorExtension.class)
    class Declarative {

        @Test
        void worksWithExtendWith(KartraSimulator sim) {
            assertThat(sim.demoCredentials().apiKey()).isEqualTo("DemoUser");
            assertThat(sim.demoCredentials().toString()).doesNotContain("DemoPassword");
            assertThat(KartraHttp.tls(sim).call("get_lead[id]=1001").path("lead_details").path("email").asText())
                    .isEqualTo("john.smith@example.com");
        }
    }
}
