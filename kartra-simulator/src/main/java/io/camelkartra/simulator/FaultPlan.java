package io.camelkartra.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What can go wrong on {@code /api} and how often. Rates are shares of requests (0…1):
 * {@code serverErrorRate} (HTTP 5xx from {@code serverErrorStatuses}), {@code resetRate} (connection
 * closed without a reply), {@code truncatedRate} (a reply cut in the middle, HTTP 200) and
 * {@code htmlRate} (an HTML error page with a status from {@code htmlStatuses}) exclude each other
 * and must add up to at most 1. {@code burstRate} is the chance that a burst of {@code burstLength}
 * consecutive 429s starts. Every request waits {@code latency} plus a uniform share of
 * {@code jitter}. Resets, truncated replies and HTML pages strike after the command ran for
 * {@code afterShare} of them (the state changed, the client does not learn it) and before it
 * otherwise; 429s and 5xx always strike before. {@code seed}, when set, replaces the simulator's seed.
 */
public record FaultPlan(Duration latency, Duration jitter, double serverErrorRate, List<Integer> serverErrorStatuses,
        double resetRate, double truncatedRate, double htmlRate, List<Integer> htmlStatuses, double burstRate,
        int burstLength, double afterShare, Long seed) {

    public static final FaultPlan NONE = builder().build();

    public FaultPlan {
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(jitter, "jitter");
        if (latency.isNegative() || jitter.isNegative()) {
            throw new IllegalArgumentException("latency and jitter must not be negative");
        }
        serverErrorStatuses = List.copyOf(serverErrorStatuses);
        htmlStatuses = List.copyOf(htmlStatuses);
        for (double rate : new double[] {serverErrorRate, resetRate, truncatedRate, htmlRate, burstRate, afterShare}) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("rates and shares must be between 0 and 1");
            }
        }
        if (serverErrorRate + resetRate + truncatedRate + htmlRate > 1.0 + 1e-9) {
            throw new IllegalArgumentException("serverErrorRate + resetRate + truncatedRate + htmlRate must not exceed 1");
        }
        if (serverErrorStatuses.stream().anyMatch(status -> status < 500 || status > 599)) {
            throw new IllegalArgumentException("serverErrorStatuses must be 5xx statuses");
        }
        if (serverErrorStatuses.isEmpty() || htmlStatuses.isEmpty() || burstLength < 1) {
            throw new IllegalArgumentException("status lists must not be empty and burstLength must be at least 1");
        }
    }

    /** Whether this plan can change any reply (latency alone does not). */
    public boolean injectsFaults() {
        return serverErrorRate + resetRate + truncatedRate + htmlRate + burstRate > 0;
    }

    public boolean isNone() {
        return !injectsFaults() && latency.isZero() && jitter.isZero();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().latency(latency).jitter(jitter).serverErrors(serverErrorRate, serverErrorStatuses)
                .resets(resetRate).truncatedJson(truncatedRate).htmlPages(htmlRate, htmlStatuses)
                .bursts429(burstRate, burstLength).afterShare(afterShare).seed(seed);
    }

    /** Builds a plan; defaults: nothing injected, 5xx statuses 500/502/503, HTML 200/502, bursts of 5, after-share 0.5. */
    public static final class Builder {
        private Duration latency = Duration.ZERO;
        private Duration jitter = Duration.ZERO;
        private double serverErrorRate;
        private List<Integer> serverErrorStatuses = List.of(500, 502, 503);
        private double resetRate;
        private double truncatedRate;
        private double htmlRate;
        private List<Integer> htmlStatuses = List.of(200, 502);
        private double burstRate;
        private int burstLength = 5;
        private double afterShare = 0.5;
        private Long seed;

        public Builder latency(Duration value) {
            latency = value;
            return this;
        }

        public Builder jitter(Duration value) {
            jitter = value;
            return this;
        }

        public Builder serverErrors(double rate) {
            serverErrorRate = rate;
            return this;
        }

        public Builder serverErrors(double rate, List<Integer> statuses) {
            serverErrorRate = rate;
            serverErrorStatuses = statuses;
            return this;
        }

        public Builder resets(double rate) {
            resetRate = rate;
            return this;
        }

        public Builder truncatedJson(double rate) {
            truncatedRate = rate;
            return this;
        }

        public Builder htmlPages(double rate) {
            htmlRate = rate;
            return this;
        }

        public Builder htmlPages(double rate, List<Integer> statuses) {
            htmlRate = rate;
            htmlStatuses = statuses;
            return this;
        }

        public Builder bursts429(double startRate, int length) {
            burstRate = startRate;
            burstLength = length;
            return this;
        }

        public Builder afterShare(double share) {
            afterShare = share;
            return this;
        }

        public Builder seed(Long value) {
            seed = value;
            return this;
        }

        public FaultPlan build() {
            return new FaultPlan(latency, jitter, serverErrorRate, serverErrorStatuses, resetRate, truncatedRate, htmlRate,
                    htmlStatuses, burstRate, burstLength, afterShare, seed);
        }
    }
}
