package io.camelkartra.benchmarks.scaleout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.ArrayList;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.SimulatorCredentials;

/**
 * Several replicas of one integration against one Kartra simulator (its limit: 20 calls per second per App, counted
 * as Kartra does, across every client) and, for the shared modes, one store: the setting of the multi-process test
 * and of the {@link ScaleOutAtLimit} benchmark.
 */
public final class ScaleOutRun implements AutoCloseable {

    /** Kartra's limit per App, and the simulator's. */
    public static final int KARTRA_LIMIT = 20;
    /** The lead every replica reads. */
    private static final String LEAD = "john.smith@example.com";

    /** How the replicas share the App's limit. */
    public enum Mode {
        /** Each replica has its own in-JVM bucket at the full limit: the defaults, as a new user starts. */
        IN_JVM,
        /** Each replica has its own in-JVM bucket at limit / replicas ({@code rateLimitReplicas}). */
        STATIC_SPLIT,
        /** One bucket in Redis ({@code rateLimitStore=redis://...}). */
        REDIS,
        /** One bucket in Hazelcast ({@code rateLimitStore=hazelcast://...}). */
        HAZELCAST
    }

    /** What a load came to: each replica's result and what the simulator saw. */
    public record Outcome(List<LoadResult> replicas, long simulator429, long simulatorSuccesses) {

        public double totalRatePerSecond() {
            return replicas.stream().mapToDouble(LoadResult::ratePerSecond).sum();
        }

        public long refused() {
            return replicas.stream().mapToLong(LoadResult::refused).sum();
        }

        public long succeeded() {
            return replicas.stream().mapToLong(LoadResult::succeeded).sum();
        }

        public boolean noneLost() {
            return replicas.stream().allMatch(LoadResult::noneLost);
        }
    }

    private final Mode mode;
    private final KartraSimulator simulator;
    private final StoreServer store;
    private final ReplicaSet replicas;
    private final Path workDir;

    /**
     * Starts the simulator, the store the mode needs, and the replicas.
     *
     * @param maxWait      the replicas' rateLimitMaxWait: how long a call may wait for its slot
     * @param storeTimeout the replicas' rateLimitStoreTimeout (a property value, such as 1s)
     */
    public ScaleOutRun(Mode mode, int replicaCount, Duration maxWait, String storeTimeout) throws Exception {
        this.mode = mode;
        simulator = KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(KARTRA_LIMIT).build().start();
        StoreServer startedStore = null;
        ReplicaSet startedReplicas = null;
        try {
            startedStore = switch (mode) {
                case REDIS -> new RedisStoreServer();
                case HAZELCAST -> new HazelcastStoreServer();
                default -> null;
            };
            workDir = Files.createTempDirectory("kartra-scaleout");
            startedReplicas = new ReplicaSet(replicaCount, properties(mode, replicaCount, maxWait, storeTimeout, startedStore), workDir);
        } catch (Exception e) {
            if (startedStore != null) {
                startedStore.close();
            }
            simulator.close();
            throw e;
        }
        store = startedStore;
        replicas = startedReplicas;
    }

    private Properties properties(Mode mode, int replicaCount, Duration maxWait, String storeTimeout, StoreServer store) {
        SimulatorCredentials credentials = simulator.demoCredentials();
        Properties properties = new Properties();
        properties.setProperty("camel.main.name", "replica");
        properties.setProperty("camel.component.kartra.app-id", credentials.appId());
        properties.setProperty("camel.component.kartra.api-key", credentials.apiKey());
        properties.setProperty("camel.component.kartra.api-password", credentials.apiPassword());
        properties.setProperty("camel.component.kartra.base-url", simulator.baseUrl());
        properties.setProperty("camel.component.kartra.allow-plain-http", "true");
        // the figures count calls of the load only, not the inventory's retrieve_* calls
        properties.setProperty("camel.component.kartra.inventory", "false");
        properties.setProperty("camel.component.kartra.rate-limit-max-wait", maxWait.toMillis() + "ms");
        properties.setProperty("camel.component.kartra.rate-limit-replicas", mode == Mode.IN_JVM ? "1" : String.valueOf(replicaCount));
        if (store != null) {
            properties.setProperty("camel.component.kartra.rate-limit-store", store.uri());
            properties.setProperty("camel.component.kartra.rate-limit-store-timeout", storeTimeout);
        }
        properties.setProperty("replica.lead-email", LEAD);
        // every exchange completes within its wait plus the call itself; past that it counts as lost
        properties.setProperty("replica.drain-millis", String.valueOf(maxWait.toMillis() + 15_000));
        return properties;
    }

    public Mode mode() {
        return mode;
    }

    public ReplicaSet replicas() {
        return replicas;
    }

    /** Offers the loads, one per replica, at the same time. */
    public Outcome run(double[] perSecond, int seconds, int settleSeconds) throws Exception {
        return run(perSecond, seconds, settleSeconds, -1, -1);
    }

    /**
     * Offers the loads and, when {@code stopAtSecond} is not negative, stops the store at that second of the run and
     * starts it again (empty) at {@code restartAtSecond}.
     */
    public Outcome run(double[] perSecond, int seconds, int settleSeconds, int stopAtSecond, int restartAtSecond) throws Exception {
        simulator.calls().clear();
        ScheduledExecutorService outage = Executors.newSingleThreadScheduledExecutor();
        try {
            List<ScheduledFuture<Object>> storeChanges = new ArrayList<>();
            if (stopAtSecond >= 0) {
                storeChanges.add(outage.schedule(() -> {
                    store.stop();
                    return null;
                }, stopAtSecond, TimeUnit.SECONDS));
                storeChanges.add(outage.schedule(() -> {
                    store.restart();
                    return null;
                }, restartAtSecond, TimeUnit.SECONDS));
            }
            List<LoadResult> results = replicas.load(perSecond, seconds, settleSeconds, seconds + 60L);
            for (ScheduledFuture<Object> change : storeChanges) {
                change.get(); // a store that failed to stop or restart fails the run, not the replicas' counts
            }
            long answered429 = simulator.calls().count("get_lead", io.camelkartra.simulator.Outcome.RATE_LIMITED);
            Outcome outcome = new Outcome(results, answered429, simulator.calls().count("get_lead", io.camelkartra.simulator.Outcome.SUCCESS));
            // an idle second lets every bucket (the simulator's, the store's) refill before the next load
            TimeUnit.MILLISECONDS.sleep(1500);
            return outcome;
        } finally {
            outage.shutdownNow();
        }
    }

    @Override
    public void close() throws Exception {
        try {
            replicas.close();
        } finally {
            try {
                if (store != null) {
                    store.close();
                }
            } finally {
                simulator.close();
                try (var files = Files.list(workDir)) {
                    for (Path file : files.toList()) {
                        Files.deleteIfExists(file);
                    }
                }
                Files.deleteIfExists(workDir);
            }
        }
    }
}
