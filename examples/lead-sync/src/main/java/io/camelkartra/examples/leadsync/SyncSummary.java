package io.camelkartra.examples.leadsync;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What the sync did: every row in exactly one outcome (synced, dead-lettered, duplicate, not sent), the calls made to
 * Kartra (redeliveries included), the events received and, where Kartra says, those that were not, and where the files
 * are.
 *
 * @param synced          synced rows by upsert result (created, updated)
 * @param deadLetters     dead-lettered rows by reason
 * @param notSent         rows not sent because the sync stopped on an authentication or App error
 * @param events          events received by action
 * @param eventsNotLogged events Kartra sent that were not in the log when the sync stopped waiting, or null when
 *                        Kartra does not say how many it sent (only the embedded simulator does)
 * @param rowsElapsed     from the start to the last row done
 * @param elapsed         from the start to the end, the wait for the last events included
 * @param alert           why the sync stopped, or null
 * @param failure         why the sync failed as a whole, or null
 */
public record SyncSummary(int rows, Map<String, Integer> synced, Map<String, Integer> deadLetters, int duplicates,
        int notSent, long calls, int redeliveries, Map<String, Integer> events, EventsNotLogged eventsNotLogged,
        Duration rowsElapsed, Duration elapsed, Path deadLetterFile, Path eventLog, String alert, String failure) {

    /**
     * The events that did not reach the log: still on their way when the sync stopped waiting, or dropped by the
     * embedded simulator because its outbound queue was full.
     */
    public record EventsNotLogged(long onTheirWay, long dropped) {

        public long total() {
            return onTheirWay + dropped;
        }
    }

    public int syncedCount() {
        return sum(synced);
    }

    public int deadLetterCount() {
        return sum(deadLetters);
    }

    public int eventCount() {
        return sum(events);
    }

    /** Rows done per second, until the last one. */
    public double rowsPerSecond() {
        return rows / Math.max(rowsElapsed.toNanos() / 1e9, 0.001);
    }

    public int accountedFor() {
        return syncedCount() + deadLetterCount() + duplicates + notSent;
    }

    /** 0 when every row was accounted for and the sync ran to the end (dead letters are expected), 1 otherwise. */
    public int exitCode() {
        return failure == null && alert == null && accountedFor() == rows ? 0 : 1;
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("Lead sync summary\n");
        line(out, "rows read", rows, "");
        line(out, "synced", syncedCount(), breakdown(synced));
        line(out, "dead-lettered", deadLetterCount(), breakdown(deadLetters));
        line(out, "duplicates skipped", duplicates, "");
        line(out, "not sent", notSent, alert == null ? "" : "sync stopped: " + alert);
        line(out, "accounted for", accountedFor(), "of " + rows + (accountedFor() == rows ? ", none lost" : ", ROWS MISSING"));
        line(out, "Kartra calls", calls, redeliveries + " redeliveries");
        line(out, "events logged", eventCount(), breakdown(events));
        if (eventsNotLogged == null) {
            out.append(String.format("  %-20s %6s  (Kartra does not say how many it sent)%n", "events not logged", "?"));
        } else {
            line(out, "events not logged", eventsNotLogged.total(), "on their way " + eventsNotLogged.onTheirWay()
                    + ", dropped by the simulator " + eventsNotLogged.dropped());
        }
        out.append(String.format("  %-20s %s  (rows %s, %.1f rows/s)%n", "elapsed", seconds(elapsed), seconds(rowsElapsed),
                rowsPerSecond()));
        out.append(String.format("  %-20s %s%n", "dead letters", deadLetterFile));
        out.append(String.format("  %-20s %s%n", "event log", eventLog));
        if (failure != null) {
            out.append(String.format("  %-20s %s%n", "FAILED", failure));
        }
        return out.toString();
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static void line(StringBuilder out, String label, long count, String detail) {
        out.append(String.format("  %-20s %6d%s%n", label, count, detail.isEmpty() ? "" : "  (" + detail + ")"));
    }

    private static String breakdown(Map<String, Integer> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((key, value) -> text.append(text.isEmpty() ? "" : ", ").append(key).append(' ').append(value));
        return text.toString();
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
