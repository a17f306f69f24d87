package io.camelkartra.internal;

import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.camelkartra.KartraRateLimitStore;
import io.camelkartra.support.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The failure policy when the store cannot be reached or does not answer. A store that works is tested against real
 * Redis and Hazelcast servers (camel-kartra-hazelcast's test, the benchmarks module's multi-process test).
 */
class SharedRateLimiterTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService storeExecutor = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        storeExecutor.shutdownNow();
    }

    @Test
    void anUnreachableStoreLeavesTheLocalShareAndOneWarning() throws Exception {
        KartraRateLimitStore unreachable = () -> {
            throw new ConnectException("Connection refused");
        };
        SharedRateLimiter limiter = limiter(unreachable, Duration.ofSeconds(1));

        List<CompletableFuture<Boolean>> slots = new ArrayList<>();
        String logs;
        try (LogCapture capture = new LogCapture()) {
            for (int i = 0; i < 20; i++) {
                slots.add(limiter.acquire("app", Duration.ofMillis(300)));
            }
            CompletableFuture.allOf(slots.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
            logs = capture.text();
        }

        // the local share: 20 / 4 = 5 calls per second, a burst of one, and 300 ms of waiting: two or three slots
        assertThat(slots.stream().filter(slot -> slot.join()).count()).isBetween(1L, 3L);
        assertThat(limiter.isStoreDown()).isTrue();
        assertThat(logs.lines().filter(line -> line.contains("The shared rate-limit store does not answer"))).hasSize(1);
        assertThat(logs).contains("ConnectException: Connection refused", "5.0 calls/s");
    }

    @Test
    void aStoreThatDoesNotAnswerIsGivenUpAfterTheStoreTimeoutWithinTheWait() throws Exception {
        KartraRateLimitStore hanging = () -> {
            TimeUnit.SECONDS.sleep(30);
            throw new IllegalStateException("not reached");
        };
        SharedRateLimiter limiter = limiter(hanging, Duration.ofMillis(200));

        long started = System.nanoTime();
        boolean granted = limiter.acquire("app", Duration.ofSeconds(2)).get(5, TimeUnit.SECONDS);

        assertThat(granted).as("the local share had a slot").isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(limiter.isStoreDown()).isTrue();
    }

    @Test
    void theKeyIsADigestOfTheAppIdNeverTheId() {
        SharedRateLimiter limiter = limiter(() -> null, Duration.ofSeconds(1));

        assertThat(limiter.key("my-app-id")).startsWith("prefix:").hasSize("prefix:".length() + 64).doesNotContain("my-app-id")
                .isEqualTo(limiter.key("my-app-id")).isNotEqualTo(limiter.key("another-app"));
    }

    private SharedRateLimiter limiter(KartraRateLimitStore store, Duration storeTimeout) {
        return new SharedRateLimiter(store, 20, "prefix:", storeTimeout, new TokenBucketRateLimiter(20, 4, scheduler), scheduler,
                storeExecutor);
    }
}
