package io.camelkartra.simulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * Every call to {@code /api}, 429s, 413s and faults included: the latest ones as {@link RecordedCall}s
 * (as many as the simulator's {@code callLogLimit}, 10,000 by default; older ones are counted in
 * {@link #entriesDropped()}), and counts per submitted action since the last {@link #clear()}, which
 * are never dropped.
 *
 * <pre>{@code
 * RecordedCall call = sim.calls().take(Duration.ofSeconds(5)).orElseThrow();  // the next call not yet taken
 * assertThat(call.request().param("lead[email]")).isEqualTo("jane@example.com");
 * assertThat(call.outcome()).isEqualTo(Outcome.FAULT_AFTER_COMMAND);
 * assertThat(sim.calls().countErrors("assign_tag", 212)).isEqualTo(1);
 * }</pre>
 *
 * Counts are per action and by {@code cmd}; a call that submits no command counts under {@value #NO_COMMAND}.
 * Each action is counted by what the client got ({@link #count(String, Outcome)}) and by what Kartra did
 * ({@link #countResult(String, Outcome)}); the two differ after a fault that struck after the command.
 */
public final class CallLog {

    /** The {@code cmd} a call without any command is counted under. */
    public static final String NO_COMMAND = "-";

    /**
     * One kind of counted action, with what its summary word needs ({@code fault}, {@code status}); few distinct ones,
     * so the counts stay small whatever the number of calls.
     */
    private record Tally(String cmd, Outcome outcome, Outcome result, int type, Reply.Kind fault, int status) {
    }

    private final ConcurrentHashMap<Tally, LongAdder> tallies = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();
    private final Deque<RecordedCall> entries = new ArrayDeque<>();
    private final Deque<RecordedCall> untaken = new ArrayDeque<>();
    private final int limit;
    private long sequence;
    private long entriesDropped;

    /** @param limit how many calls the log keeps, for {@link #recorded()} and {@link #take} */
    CallLog(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("the call log limit must not be negative");
        }
        this.limit = limit;
    }

    /**
     * Records a call, numbered here so that numbers follow the order of the log. The server records a call before
     * the client gets its reply, so a client that got its reply finds its call.
     */
    void record(LongFunction<RecordedCall> numbered) {
        RecordedCall call;
        synchronized (entries) {
            call = numbered.apply(++sequence);
            if (limit == 0) {
                entriesDropped++;
            } else {
                if (entries.size() == limit) {
                    entries.removeFirst();
                    entriesDropped++;
                }
                if (untaken.size() == limit) {
                    untaken.removeFirst();
                }
                entries.addLast(call);
                untaken.addLast(call);
                entries.notifyAll();
            }
        }
        total.increment();
        Reply.Kind fault = call.injected().map(Reply::kind).orElse(null);
        int status = call.status();
        if (call.actions().isEmpty()) {
            tally(new Tally(NO_COMMAND, call.outcome(), Outcome.NOT_RUN, call.messageType(), fault, status));
        } else {
            call.actions().forEach(action -> tally(new Tally(action.cmd(), action.outcome(), action.result(),
                    action.messageType(), fault, status)));
        }
    }

    private void tally(Tally tally) {
        tallies.computeIfAbsent(tally, t -> new LongAdder()).increment();
    }

    /** The summary's word for an outcome: {@code success}, {@code error:212}, {@code http:429}, {@code fault:reset}… */
    private static String label(Outcome outcome, Tally tally) {
        return switch (outcome) {
            case SUCCESS -> "success";
            case KARTRA_ERROR -> "error:" + tally.type();
            case NOT_RUN -> "not-run";
            case RATE_LIMITED -> "http:429";
            case BODY_TOO_LARGE -> "http:413";
            case SCRIPTED_REPLY -> "scripted";
            case FAULT_BEFORE_COMMAND, FAULT_AFTER_COMMAND -> "fault:" + faultLabel(tally.fault(), tally.status());
        };
    }

    private static String faultLabel(Reply.Kind fault, int status) {
        return switch (fault) {
            case TOO_MANY_REQUESTS -> "429";
            case SERVER_ERROR -> Integer.toString(status);
            case HTML_PAGE -> "html";
            case TRUNCATED -> "truncated";
            case RESET -> "reset";
            case HANG -> "hang";
            case SCRIPTED -> "scripted";
            case KARTRA -> "none";
        };
    }

    /** HTTP requests received at {@code /api}. */
    public long total() {
        return total.sum();
    }

    /** Actions submitted with this {@code cmd} ({@code get_lead} included). */
    public long count(String cmd) {
        return sum(cmd, tally -> true);
    }

    /** Actions with this {@code cmd} whose client got this outcome. */
    public long count(String cmd, Outcome outcome) {
        return sum(cmd, tally -> tally.outcome() == outcome);
    }

    /**
     * Actions with this {@code cmd} that Kartra ended so, whether or not the client learned it: {@link Outcome#SUCCESS},
     * {@link Outcome#KARTRA_ERROR} or {@link Outcome#NOT_RUN}.
     */
    public long countResult(String cmd, Outcome result) {
        return sum(cmd, tally -> tally.result() == result);
    }

    /** Actions with this {@code cmd} whose client got Kartra's error of this message type (212, 244…). */
    public long countErrors(String cmd, int messageType) {
        return sum(cmd, tally -> tally.outcome() == Outcome.KARTRA_ERROR && tally.type() == messageType);
    }

    private long sum(String cmd, Predicate<Tally> filter) {
        return tallies.entrySet().stream().filter(e -> e.getKey().cmd().equals(cmd) && filter.test(e.getKey()))
                .mapToLong(e -> e.getValue().sum()).sum();
    }

    /**
     * Command → outcome → count, sorted, with outcomes as words ({@code success}, {@code error:212}, {@code http:429},
     * {@code scripted}, {@code fault:503}, {@code fault:reset}…): a summary to print, and what {@code GET /_admin/calls}
     * serves. Tests check counts with the typed methods.
     */
    public Map<String, Map<String, Long>> outcomeCounts() {
        return summary(tally -> label(tally.outcome(), tally));
    }

    /** Command → result ({@code success}, {@code error:NNN}, {@code not-run}) → count, sorted; see {@link #outcomeCounts()}. */
    public Map<String, Map<String, Long>> resultCounts() {
        return summary(tally -> label(tally.result(), tally));
    }

    private Map<String, Map<String, Long>> summary(Function<Tally, String> label) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        tallies.forEach((tally, n) -> out.computeIfAbsent(tally.cmd(), c -> new TreeMap<>())
                .merge(label.apply(tally), n.sum(), Long::sum));
        return out;
    }

    /** Calls no longer in the log, which keeps the latest {@code callLogLimit}; the counts still include them. */
    public long entriesDropped() {
        synchronized (entries) {
            return entriesDropped;
        }
    }

    /** The latest calls, oldest first. */
    public List<RecordedCall> recorded() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    /**
     * The oldest call that no {@code take} has returned yet, waiting up to {@code timeout} for one, as MockWebServer's
     * {@code takeRequest}; empty when none came in time (or the thread was interrupted).
     */
    public Optional<RecordedCall> take(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (entries) {
            try {
                while (untaken.isEmpty()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return Optional.empty();
                    }
                    TimeUnit.NANOSECONDS.timedWait(entries, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            return Optional.of(untaken.removeFirst());
        }
    }

    /** Forgets every call and count; numbering starts again at 1. */
    public void clear() {
        synchronized (entries) {
            entries.clear();
            untaken.clear();
            tallies.clear();
            total.reset();
            sequence = 0;
            entriesDropped = 0;
        }
    }
}
