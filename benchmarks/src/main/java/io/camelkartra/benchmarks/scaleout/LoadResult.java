package io.camelkartra.benchmarks.scaleout;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * What one replica's load came to: every exchange offered ends as a success, a local refusal (a retryable
 * KartraRateLimitException, not sent), a 429 from Kartra, another failure, or lost (not completed within the bound
 * after the load stopped). Successes are also counted within the measuring window (after the settle time, until the
 * load stops) for the sustained rate.
 *
 * @param failures other failures by exception class
 */
public record LoadResult(long offered, long succeeded, long succeededInWindow, double windowSeconds, long refused,
                         long answered429, long failed, long lost, Map<String, Long> failures) {

    /** Successful calls per second in the window. */
    public double ratePerSecond() {
        return windowSeconds <= 0 ? 0 : succeededInWindow / windowSeconds;
    }

    /** Every offered exchange completed, and none with a failure other than a refusal with nothing sent or a 429. */
    public boolean noneLost() {
        return lost == 0 && failed == 0 && offered == succeeded + refused + answered429;
    }

    String toLine() {
        String failureList = failures.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        return "RESULT offered=" + offered + " succeeded=" + succeeded + " inWindow=" + succeededInWindow + " window="
               + windowSeconds + " refused=" + refused + " http429=" + answered429 + " failed=" + failed + " lost=" + lost
               + " failures=" + failureList;
    }

    static LoadResult parse(String line) {
        Map<String, String> fields = new TreeMap<>();
        for (String word : line.substring("RESULT ".length()).split(" ")) {
            int eq = word.indexOf('=');
            fields.put(word.substring(0, eq), word.substring(eq + 1));
        }
        Map<String, Long> failures = new TreeMap<>();
        for (String failure : fields.get("failures").split(",")) {
            if (!failure.isEmpty()) {
                failures.put(failure.substring(0, failure.indexOf('=')), Long.parseLong(failure.substring(failure.indexOf('=') + 1)));
            }
        }
        return new LoadResult(Long.parseLong(fields.get("offered")), Long.parseLong(fields.get("succeeded")),
                Long.parseLong(fields.get("inWindow")), Double.parseDouble(fields.get("window")), Long.parseLong(fields.get("refused")),
                Long.parseLong(fields.get("http429")), Long.parseLong(fields.get("failed")), Long.parseLong(fields.get("lost")), failures);
    }

    /** Counts the outcomes as they complete, from any thread. */
    static final class Counter {
        private final long windowStart;
        private final long windowEnd;
        private final LongAdder offered = new LongAdder();
        private final LongAdder completed = new LongAdder();
        private final LongAdder succeeded = new LongAdder();
        private final LongAdder inWindow = new LongAdder();
        private final LongAdder refused = new LongAdder();
        private final LongAdder answered429 = new LongAdder();
        private final LongAdder failed = new LongAdder();
        private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

        Counter(int settleSeconds, int seconds) {
            long start = System.nanoTime();
            windowStart = start + TimeUnit.SECONDS.toNanos(settleSeconds);
            windowEnd = start + TimeUnit.SECONDS.toNanos(seconds);
        }

        void offered() {
            offered.increment();
        }

        void succeeded() {
            long now = System.nanoTime();
            if (now - windowStart >= 0 && windowEnd - now > 0) {
                inWindow.increment();
            }
            succeeded.increment();
            completed.increment();
        }

        void refused() {
            refused.increment();
            completed.increment();
        }

        void answered429() {
            answered429.increment();
            completed.increment();
        }

        void failed(Exception failure) {
            failures.computeIfAbsent(failure.getClass().getSimpleName(), k -> new LongAdder()).increment();
            failed.increment();
            completed.increment();
        }

        void awaitCompletion(long boundMillis) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(boundMillis);
            while (completed.sum() < offered.sum() && deadline - System.nanoTime() > 0) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }

        LoadResult result() {
            Map<String, Long> byClass = new TreeMap<>();
            failures.forEach((name, count) -> byClass.put(name, count.sum()));
            long offeredCount = offered.sum();
            return new LoadResult(offeredCount, succeeded.sum(), inWindow.sum(), (windowEnd - windowStart) / 1e9, refused.sum(),
                    answered429.sum(), failed.sum(), offeredCount - completed.sum(), byClass);
        }
    }
}
