package io.camelkartra;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketRateLimiterTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void eachAppHasItsOwnBudgetAndAWaitingCallIsScheduledNotBlocked() throws Exception {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(1, 1, scheduler);

        assertThat(limiter.acquire("app-a", Duration.ZERO).get(1, TimeUnit.SECONDS)).isTrue();
        assertThat(limiter.acquire("app-a", Duration.ZERO).get(1, TimeUnit.SECONDS)).isFalse();
        assertThat(limiter.acquire("app-b", Duration.ZERO).get(1, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Boolean> waiting = limiter.acquire("app-a", Duration.ofSeconds(30));
        assertThat(waiting).isNotDone();
        assertThat(waiting.get(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void replicasShareTheLimit() {
        assertThat(new TokenBucketRateLimiter(20, 4, scheduler).callsPerSecond()).isEqualTo(5.0);
    }
}
