package io.camelkartra;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.support.SimulatorKartra;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.concurrent.SizedScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A finished call leaves nothing behind in the component: every call arms a deadline on the component's scheduler and,
 * when it waits for the rate limiter, a wake-up, so a deadline kept after its call would hold the call's state for
 * requestTimeout (30 s) and a long sync's memory would grow with its speed.
 */
class KartraCallStateTest {

    private static final int CALLS = 600;

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA
            = new KartraSimulatorExtension(() -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0));

    @Test
    void finishedCallsLeaveNoTaskOnTheScheduler() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            KartraComponent kartra = SimulatorKartra.component(context, KARTRA.simulator());
            // fast enough to finish in seconds, slow enough that calls wait for the limiter
            kartra.setRateLimit(2_000);
            context.addComponent("kartra", kartra);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:create").to("kartra:createLead?tagNames=VIP Customer&listNames=Newsletter");
                    from("direct:unknownTag").to("kartra:assignTag?tagName=No Such Tag");
                }
            });
            context.start();
            ProducerTemplate template = context.createProducerTemplate();

            List<CompletableFuture<Exchange>> calls = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                // successes and Kartra errors (212), in flight together
                String route = i % 3 == 0 ? "direct:unknownTag" : "direct:create";
                String email = i % 3 == 0 ? "john.smith@example.com" : "lead" + i + "@example.com";
                calls.add(template.asyncSend(route, exchange -> exchange.getMessage().setBody(email)));
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

            assertThat(calls).allSatisfy(call -> assertThat(call.join().getMessage().getHeader(KartraConstants.CALL_COUNT))
                    .isEqualTo(1));
            assertThat(calls.stream().filter(call -> call.join().getException() instanceof KartraNotFoundException))
                    .hasSize(CALLS / 3);
            assertThat(KARTRA.simulator().calls().total()).isEqualTo(CALLS);
            assertThat(queued(kartra.scheduler(), Duration.ofSeconds(5))).as("tasks left on the scheduler").isZero();
        }
    }

    /** The scheduler's queue once it stops shrinking: a callback may still be finishing as the last future completes. */
    private static int queued(ScheduledExecutorService scheduler, Duration patience) throws InterruptedException {
        ScheduledThreadPoolExecutor pool = scheduler instanceof SizedScheduledExecutorService sized
                ? sized.getScheduledThreadPoolExecutor() : (ScheduledThreadPoolExecutor) scheduler;
        long deadline = System.nanoTime() + patience.toNanos();
        while (!pool.getQueue().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return pool.getQueue().size();
    }
}
