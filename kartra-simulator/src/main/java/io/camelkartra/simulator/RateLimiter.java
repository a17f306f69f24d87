package io.camelkartra.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Kartra's 20 calls per second per App (kartra-api.md §6) as a token bucket per {@code app_id}:
 * capacity = rate, refilled continuously at rate tokens per second, one token per call. A bucket
 * starts full. The rate is read per call, so a change applies at once (a fuller bucket is cut to
 * the new capacity). Unknown App ids are limited like known ones.
 */
final class RateLimiter {

    private final Clock clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Takes a token for {@code appId}; false when the bucket is empty. A rate of 0 never limits. */
    boolean tryAcquire(String appId, int rate) {
        if (rate <= 0) {
            return true;
        }
        long now = nanos(clock.instant());
        return buckets.computeIfAbsent(appId, id -> new Bucket(rate, now)).tryAcquire(rate, now);
    }

    /** Refills every bucket. */
    void reset() {
        buckets.clear();
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int rate, long now) {
            tokens = rate;
            last = now;
        }

        synchronized boolean tryAcquire(int rate, long now) {
            if (now > last) {
                tokens += (now - last) * (double) rate / 1_000_000_000L;
                last = now;
            }
            tokens = Math.min(tokens, rate);
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }
}
