package io.camelkartra.benchmarks;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import io.camelkartra.KartraComponent;
import io.camelkartra.KartraRateLimitException;
import io.camelkartra.simulator.Outcome;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;

/**
 * Throughput at Kartra's limit (issue 5 item 6): the simulator enforces 20 calls per second, the component runs with
 * its default {@code rateLimit}, and 16 producers offer ten times that (200 kartra:getLead calls per second in total)
 * for a fixed time. Reports the 429s the simulator answered (the target is none) and the rate of successful calls it
 * served, as a share of 20 per second (the target is at least 95%).
 * <p>
 * The producers send asynchronously, so the offered load does not slow down when calls wait for the limiter: calls
 * queue in the limiter, and those that would wait longer than {@code rateLimitMaxWait} fail at once with
 * {@code KartraRateLimitException} without being sent, which is the component's documented behaviour under overload.
 * <p>
 * Not a JMH benchmark: one long run with counts is what this question needs. Usage:
 * {@code java -cp benchmarks/target/benchmarks.jar io.camelkartra.benchmarks.ThroughputAtLimit [seconds] [producers] [offered calls/s]}
 */
public final class ThroughputAtLimit {

    /** Kartra's limit per App, and the simulator's. */
    private static final int KARTRA_LIMIT = 20;
    /** The first seconds are left out of the sustained rate: the buckets start full. */
    private static final int SETTLE_SECONDS = 2;

    private ThroughputAtLimit() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 25;
        int producers = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int offeredPerSecond = args.length > 2 ? Integer.parseInt(args[2]) : 10 * KARTRA_LIMIT;
        int componentDefault = new KartraComponent().getRateLimit();

        LongAdder offered = new LongAdder();
        LongAdder succeeded = new LongAdder();
        LongAdder refusedByLimiter = new LongAdder();
        LongAdder otherFailures = new LongAdder();
        try (BenchmarkEnvironment environment = new BenchmarkEnvironment(KARTRA_LIMIT, componentDefault)) {
            AsyncProducer producer = environment.template().getCamelContext().getEndpoint("direct:kartra-getLead").createAsyncProducer();
            producer.start();
            ScheduledExecutorService senders = Executors.newScheduledThreadPool(producers);
            long periodMicros = 1_000_000L * producers / offeredPerSecond;
            for (int i = 0; i < producers; i++) {
                senders.scheduleAtFixedRate(() -> {
                    Exchange exchange = new DefaultExchange(environment.template().getCamelContext());
                    exchange.getMessage().setBody(BenchmarkEnvironment.EXISTING_LEAD);
                    offered.increment();
                    producer.process(exchange, doneSync -> {
                        Exception failure = exchange.getException();
                        if (failure == null) {
                            succeeded.increment();
                        } else if (failure instanceof KartraRateLimitException limited && limited.getHttpStatus() != 429) {
                            refusedByLimiter.increment();
                        } else {
                            otherFailures.increment();
                        }
                    });
                }, i * periodMicros / producers, periodMicros, TimeUnit.MICROSECONDS);
            }
            TimeUnit.SECONDS.sleep(SETTLE_SECONDS);
            long servedAtStart = servedGetLeads(environment);
            long start = System.nanoTime();
            TimeUnit.SECONDS.sleep(seconds - SETTLE_SECONDS);
            long served = servedGetLeads(environment) - servedAtStart;
            double measured = (System.nanoTime() - start) / 1e9;
            senders.shutdownNow();

            Map<String, Map<String, Long>> outcomes = environment.simulator().calls().outcomeCounts();
            long rejected429 = environment.simulator().calls().count("get_lead", Outcome.RATE_LIMITED);
            double rate = served / measured;
            System.out.printf("offered load: %d calls/s from %d producers for %d s (simulator limit %d/s, component rateLimit %d)%n",
                    offeredPerSecond, producers, seconds, KARTRA_LIMIT, componentDefault);
            System.out.printf("offered %d, succeeded %d, refused by the component's limiter without sending %d, other failures %d"
                              + " (calls still waiting for a slot at the end are not counted)%n",
                    offered.sum(), succeeded.sum(), refusedByLimiter.sum(), otherFailures.sum());
            System.out.printf("simulator: HTTP 429 answers %d; outcomes %s%n", rejected429, outcomes);
            System.out.printf("sustained: %.2f successful calls/s over the last %.1f s = %.1f%% of %d/s%n",
                    rate, measured, 100 * rate / KARTRA_LIMIT, KARTRA_LIMIT);
            producer.stop();
        }
    }

    private static long servedGetLeads(BenchmarkEnvironment environment) {
        return environment.simulator().calls().count("get_lead", Outcome.SUCCESS);
    }
}
