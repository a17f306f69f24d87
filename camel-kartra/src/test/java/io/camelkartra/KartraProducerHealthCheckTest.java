package io.camelkartra;

import java.time.Duration;
import java.util.Optional;

import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.SimulatorCredentials;
import io.camelkartra.support.SimulatorKartra;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The producer health check against the Kartra simulator: UP with the demo credentials, DOWN with a wrong password. */
class KartraProducerHealthCheckTest {

    // one simulator for the class, reset before each test
    @RegisterExtension
    static final KartraSimulatorExtension KARTRA
            = new KartraSimulatorExtension(() -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true));

    private static CamelContext context(String apiPassword, boolean producerChecks) throws Exception {
        CamelContext context = new DefaultCamelContext();
        KartraComponent kartra = SimulatorKartra.componentWithInventory(context, KARTRA.simulator());
        kartra.getConfiguration().setApiPassword(apiPassword);
        kartra.setHealthCheckProducerEnabled(producerChecks);
        context.addComponent("kartra", kartra);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:tag").to("kartra:assignTag?tagName=VIP Customer");
                from("direct:list").to("kartra:subscribeLeadToList?listName=Newsletter");
            }
        });
        context.start();
        // producer checks are off unless camel.health.producersEnabled=true
        HealthCheckHelper.getHealthCheckRepository(context, "producers", WritableHealthCheckRepository.class).setEnabled(true);
        return context;
    }

    /** The check's result once the credential check is back (a call of the check never waits for Kartra). */
    private static HealthCheck.Result checked(CamelContext context) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        HealthCheck.Result result;
        do {
            result = kartraCheck(context).call();
            if (!result.getMessage().map("Checking the Kartra credentials"::equals).orElse(false)) {
                return result;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        return result;
    }

    private static HealthCheck kartraCheck(CamelContext context) {
        Optional<HealthCheck> check = HealthCheckHelper.getHealthCheckRepository(context, "producers",
                WritableHealthCheckRepository.class).stream().filter(c -> c.getId().startsWith("producer:kartra-")).findFirst();
        return check.orElseThrow();
    }

    @Test
    void upWithGoodCredentialsAndOneCheckPerAccount() throws Exception {
        try (CamelContext context = context(KARTRA.simulator().demoCredentials().apiPassword(), true)) {
            HealthCheck.Result result = checked(context);

            assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(result.getCheck().getId()).isEqualTo("producer:kartra-1");
            assertThat(result.getCheck().isReadiness()).isTrue();
            assertThat(result.getCheck().isLiveness()).isFalse();
            assertThat(HealthCheckHelper.getHealthCheckRepository(context, "producers", WritableHealthCheckRepository.class)
                    .stream().filter(c -> c.getId().startsWith("producer:kartra-"))).hasSize(1);
            assertThat(KARTRA.simulator().calls().count("retrieve_account_tags")).isEqualTo(1);
        }
    }

    @Test
    void downWithAWrongPasswordAndNoSecretShown() throws Exception {
        SimulatorCredentials demo = KARTRA.simulator().demoCredentials();
        try (CamelContext context = context("WrongPassword99", true)) {
            HealthCheck.Result result = checked(context);

            assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(result.getDetails()).containsEntry(KartraProducerHealthCheck.DETAIL_TYPE, 233);
            assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("233"));
            String shown = result.getCheck().getId() + result.getDetails() + result.getMessage().orElse("");
            assertThat(shown).doesNotContain(demo.appId(), demo.apiKey(), "WrongPassword99");
        }
    }

    @Test
    void disabledByCamelsProducerHealthCheckOption() throws Exception {
        try (CamelContext context = context(KARTRA.simulator().demoCredentials().apiPassword(), false)) {
            HealthCheck.Result result = kartraCheck(context).call();

            assertThat(result.getState()).isEqualTo(HealthCheck.State.UNKNOWN);
            assertThat(KARTRA.simulator().calls().total()).isZero();
        }
    }
}
