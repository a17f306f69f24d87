package io.camelkartra.benchmarks.scaleout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.camelkartra.benchmarks.scaleout.ScaleOutRun.Mode;
import io.camelkartra.benchmarks.scaleout.ScaleOutRun.Outcome;

/**
 * Several replicas, one App (issue 13): N replica JVMs against one simulator counting 20 calls per second for the App,
 * in each {@link Mode} (in-JVM buckets, static split, shared Redis, shared Hazelcast), under even overload (each
 * replica offering 15 calls/s) and uneven load (one offering 30 calls/s, the others 1 call/s). Prints one table row
 * per mode and load: per-replica and total successful calls/s over the measured window, the 429 answers, and the
 * calls each replica's limiter refused without sending.
 * <p>
 * Not JMH: long runs with counts are what this question needs. Usage:
 * {@code java -cp benchmarks/target/benchmarks.jar io.camelkartra.benchmarks.scaleout.ScaleOutAtLimit [seconds] [replicas] [modes]}
 * (default {@code 30 3 IN_JVM,STATIC_SPLIT,REDIS,HAZELCAST}); {@code -Dkartra.scaleout.maxWait=2} (seconds) and
 * {@code -Dkartra.scaleout.storeTimeout=1s} set the replicas' rateLimitMaxWait and rateLimitStoreTimeout.
 */
public final class ScaleOutAtLimit {

    /** The first seconds are left out of the rates: the buckets start full. */
    private static final int SETTLE_SECONDS = 3;

    private ScaleOutAtLimit() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int replicas = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Mode> modes = new ArrayList<>();
        for (String mode : (args.length > 2 ? args[2] : "IN_JVM,STATIC_SPLIT,REDIS,HAZELCAST").split(",")) {
            modes.add(Mode.valueOf(mode.trim()));
        }
        double[] even = new double[replicas];
        double[] uneven = new double[replicas];
        for (int i = 0; i < replicas; i++) {
            even[i] = 15;
            uneven[i] = i == 0 ? 30 : 1;
        }
        Duration maxWait = Duration.ofSeconds(Long.getLong("kartra.scaleout.maxWait", 2));
        String storeTimeout = System.getProperty("kartra.scaleout.storeTimeout", "1s");
        System.out.printf("%d replicas, %d s per load (rates over the last %d s), simulator limit %d calls/s per App, "
                          + "rateLimitMaxWait %d s, rateLimitStoreTimeout %s%n",
                replicas, seconds, seconds - SETTLE_SECONDS, ScaleOutRun.KARTRA_LIMIT, maxWait.toSeconds(), storeTimeout);
        System.out.println("| Mode | Load | Calls/s per replica | Total calls/s | Share of 20/s | 429 answers | Refused locally (not sent) "
                           + "| Other failures | Lost |");
        System.out.println("|---|---|---|---:|---:|---:|---:|---:|---:|");
        for (Mode mode : modes) {
            try (ScaleOutRun run = new ScaleOutRun(mode, replicas, maxWait, storeTimeout)) {
                print(mode, "even, " + describe(even), run.run(even, seconds, SETTLE_SECONDS));
                print(mode, "uneven, " + describe(uneven), run.run(uneven, seconds, SETTLE_SECONDS));
            }
        }
    }

    private static void print(Mode mode, String load, Outcome outcome) {
        StringBuilder perReplica = new StringBuilder();
        StringBuilder failures = new StringBuilder();
        long failed = 0;
        long lost = 0;
        for (LoadResult replica : outcome.replicas()) {
            perReplica.append(perReplica.isEmpty() ? "" : " / ").append(String.format(Locale.ROOT, "%.2f", replica.ratePerSecond()));
            failed += replica.failed();
            lost += replica.lost();
            replica.failures().forEach((type, count) -> failures.append(' ').append(type).append('=').append(count));
        }
        double total = outcome.totalRatePerSecond();
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %.2f | %.1f%% | %d | %d | %d%s | %d |%n", mode, load, perReplica, total,
                100 * total / ScaleOutRun.KARTRA_LIMIT, outcome.simulator429(), outcome.refused(), failed, failures, lost);
    }

    private static String describe(double[] perSecond) {
        StringBuilder text = new StringBuilder();
        for (double rate : perSecond) {
            text.append(text.isEmpty() ? "" : "/").append((long) rate);
        }
        return text + " offered/s";
    }
}
