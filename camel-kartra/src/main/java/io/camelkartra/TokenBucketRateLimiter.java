package io.camelkartra;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.local.LocalBucketBuilder;

/**
 * The default rate limiter: one bucket4j token bucket per App id in this JVM, refilled continuously at the App's
 * rate divided by the number of replicas sharing it. The bucket holds few tokens (a tenth of a second's worth), so
 * calls leave evenly spaced instead of in bursts: Kartra's own limiter, whatever its window, then never sees more
 * than the rate, even with network jitter. Waiting calls are scheduled, never parked on a thread.
 */
final class TokenBucketRateLimiter implements KartraRateLimiter {

    private final double callsPerSecond;
    private final ScheduledExecutorService scheduler;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * @param callsPerSecond the App's limit (Kartra: 20)
     * @param replicas       how many JVMs share the App's limit; each takes an equal share
     */
    TokenBucketRateLimiter(int callsPerSecond, int replicas, ScheduledExecutorService scheduler) {
        if (callsPerSecond <= 0 || replicas <= 0) {
            throw new IllegalArgumentException("rateLimit and rateLimitReplicas must be positive");
        }
        this.callsPerSecond = (double) callsPerSecond / replicas;
        this.scheduler = scheduler;
    }

    @Override
    public CompletableFuture<Boolean> acquire(String appId, Duration maxWait) {
        Bucket bucket = buckets.computeIfAbsent(appId, id -> newBucket());
        if (maxWait.isZero() || maxWait.isNegative()) {
            return CompletableFuture.completedFuture(bucket.tryConsume(1));
        }
        return bucket.asScheduler().tryConsume(1, maxWait, scheduler);
    }

    /**
     * Takes {@code calls} from the App's bucket at once, below zero if need be, so that later calls wait for them:
     * the calls this JVM has already promised elsewhere (see {@link SharedRateLimiter}).
     */
    public void charge(String appId, long calls) {
        if (calls > 0) {
            buckets.computeIfAbsent(appId, id -> newBucket()).consumeIgnoringRateLimits(calls);
        }
    }

    /**
     * Takes every slot the App's bucket holds now: a bucket left full while the calls went elsewhere (to the shared
     * budget) would otherwise let a whole burst through at once.
     */
    void empty(String appId) {
        buckets.computeIfAbsent(appId, id -> newBucket()).tryConsumeAsMuchAsPossible();
    }

    /** The share of the limit this JVM uses, in calls per second. */
    double callsPerSecond() {
        return callsPerSecond;
    }

    /**
     * The bucket for a budget of {@code callsPerSecond}: refilled one token per (1 / rate) seconds, holding a tenth of a
     * second of calls (at least one). The in-JVM bucket and the shared one both use it, so a budget behaves the same
     * wherever it is kept.
     */
    public static BucketConfiguration configuration(double callsPerSecond) {
        long periodNanos = Math.round(1_000_000_000d / callsPerSecond);
        long capacity = Math.max(1, Math.round(callsPerSecond / 10));
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(1, Duration.ofNanos(periodNanos)))
                .build();
    }

    private Bucket newBucket() {
        LocalBucketBuilder builder = Bucket.builder();
        for (Bandwidth limit : configuration(callsPerSecond).getBandwidths()) {
            builder.addLimit(limit);
        }
        return builder.build();
    }
}
