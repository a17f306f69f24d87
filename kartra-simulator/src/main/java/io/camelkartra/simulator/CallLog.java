package io.camelkartra.simulator;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every request to {@code /api}, 429s, 413s and faults included. Counts are kept per submitted
 * command and per outcome, the outcome being what the client learned: {@code success},
 * {@code error:NNN}, {@code http:429} (rate limit), {@code http:413} (body too large),
 * {@code fault:429}, {@code fault:500|502|503}, {@code fault:reset}, {@code fault:truncated},
 * {@code fault:html}. Each action also has its result, what Kartra did: {@code success},
 * {@code error:NNN}, or {@code not-run}; with a fault after the command ran the two differ. A call
 * without any command counts under {@code "-"}. Only the latest {@value #ENTRY_LOG_SIZE} entries
 * are kept; the counts cover everything since the last {@link #clear()}.
 */
public final class CallLog {

    public static final String NO_COMMAND = "-";
    public static final String NOT_RUN = "not-run";
    static final int ENTRY_LOG_SIZE = 10_000;

    /** One submitted action: its {@code cmd}, what the client learned, what Kartra did. */
    public record Action(String cmd, String outcome, String result) {
    }

    /** One request; {@code executed} is whether its actions ran (so state may have changed). */
    public record Entry(long sequence, Instant at, String appId, List<Action> actions, String outcome, boolean executed) {
    }

    private final AtomicLong sequence = new AtomicLong();
    private final LongAdder total = new LongAdder();
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, LongAdder>> outcomes = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, LongAdder>> results = new ConcurrentHashMap<>();
    private final Deque<Entry> entries = new ArrayDeque<>();

    /** Records one request; called by the server before it answers, so a client that got its reply finds the entry. */
    public void record(Instant at, String appId, List<Action> actions, String outcome, boolean executed) {
        total.increment();
        actions.forEach(a -> {
            increment(outcomes, a.cmd(), a.outcome());
            increment(results, a.cmd(), a.result());
        });
        Entry entry = new Entry(sequence.incrementAndGet(), at, appId, List.copyOf(actions), outcome, executed);
        synchronized (entries) {
            if (entries.size() == ENTRY_LOG_SIZE) {
                entries.removeFirst();
            }
            entries.addLast(entry);
        }
    }

    private static void increment(Map<String, ConcurrentHashMap<String, LongAdder>> counts, String cmd, String key) {
        counts.computeIfAbsent(cmd, c -> new ConcurrentHashMap<>()).computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** HTTP requests received at {@code /api}. */
    public long total() {
        return total.sum();
    }

    /** Actions submitted with this {@code cmd} ({@code get_lead} included). */
    public long count(String cmd) {
        Map<String, LongAdder> byOutcome = outcomes.get(cmd);
        return byOutcome == null ? 0 : byOutcome.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Actions with this {@code cmd} whose client-visible outcome was {@code outcome}. */
    public long count(String cmd, String outcome) {
        return sum(outcomes, cmd, outcome);
    }

    /** Actions with this {@code cmd} whose result (what Kartra did) was {@code result}. */
    public long countResult(String cmd, String result) {
        return sum(results, cmd, result);
    }

    private static long sum(Map<String, ConcurrentHashMap<String, LongAdder>> counts, String cmd, String key) {
        Map<String, LongAdder> byKey = counts.get(cmd);
        LongAdder adder = byKey == null ? null : byKey.get(key);
        return adder == null ? 0 : adder.sum();
    }

    /** Command → outcome → count, sorted. */
    public Map<String, Map<String, Long>> outcomeCounts() {
        return snapshot(outcomes);
    }

    /** Command → result → count, sorted. */
    public Map<String, Map<String, Long>> resultCounts() {
        return snapshot(results);
    }

    private static Map<String, Map<String, Long>> snapshot(Map<String, ConcurrentHashMap<String, LongAdder>> counts) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        counts.forEach((cmd, byKey) -> {
            Map<String, Long> copy = new TreeMap<>();
            byKey.forEach((k, v) -> copy.put(k, v.sum()));
            out.put(cmd, copy);
        });
        return out;
    }

    /** The latest entries, oldest first. */
    public List<Entry> entries() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
            outcomes.clear();
            results.clear();
            total.reset();
        }
    }
}
