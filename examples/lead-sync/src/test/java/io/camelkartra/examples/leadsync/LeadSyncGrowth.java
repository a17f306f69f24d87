package io.camelkartra.examples.leadsync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The growth run of the lead sync (a measurement, not a test): for each row count given, a {@link GrowthProbe} in a JVM
 * of its own with a 256 MB heap, then a table of what each run did: rows per second, calls per row, the events logged
 * and how long the sync waited for them after the last row, the peak heap after a full collection and the peak resident
 * memory, the heap added per row, and whether every row and every event was accounted for. The machine's load is
 * noted before each run, as other work on it moves the figures. docs/performance.md has the command.
 * <p>
 * Arguments: row counts (default 1000 10000 100000); {@code -Dgrowth.heap=256m} sets the heap.
 */
public final class LeadSyncGrowth {

    /** A run that has not ended by then has stalled (100,000 rows took 8 to 25 minutes on two shared cores). */
    private static final Duration TIMEOUT = Duration.ofHours(2);

    private LeadSyncGrowth() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(1_000, 10_000, 100_000)
                : Arrays.stream(args).map(Integer::valueOf).toList();
        String heap = System.getProperty("growth.heap", "256m");
        Path directory = Files.createTempDirectory("lead-sync-growth");
        List<String> table = new ArrayList<>();
        table.add("| Rows | Heap | Load before | Rows/s | Calls/row | Events logged | Waited for events | Peak heap after GC "
                  + "| Peak RSS | Heap added per row | Every row and event accounted for |");
        table.add("|---|---|---|---|---|---|---|---|---|---|---|");
        for (int rows : sizes) {
            String load = loadAverage();
            GrowthProbe.Result result = GrowthProbe.fork(rows, heap, directory, System.getProperty("java.class.path"), TIMEOUT,
                    System.out::println);
            table.add(row(rows, heap, load, result));
            // a run leaves its event log behind: about 1.2 KB an event, 290 MB for 100,000 rows
            deleteContents(directory);
        }
        Files.delete(directory);
        System.out.println();
        System.out.println("nproc " + Runtime.getRuntime().availableProcessors() + ", load average now " + loadAverage());
        table.forEach(System.out::println);
    }

    private static String row(int rows, String heap, String load, GrowthProbe.Result result) {
        if (result.fields().isEmpty()) {
            return String.format(Locale.ROOT, "| %,d | %s | %s | %s | | | | | | | no (exit code %d) |", rows, heap, load,
                    result.timedOut() ? "stopped after " + TIMEOUT.toMinutes() + " min" : "failed", result.exitCode());
        }
        boolean accounted = result.exitCode() == 0 && result.get("accounted") == rows && result.get("synced") == rows
                            && result.get("events") == LeadsCsvGenerator.eventsCaused(rows)
                            && result.get("eventsOnTheirWay") == 0 && result.get("eventsDropped") == 0;
        return String.format(Locale.ROOT, "| %,d | %s | %s | %,.0f | %.2f | %,d | %.1f s | %.0f MB | %.0f MB | %s | %s |", rows,
                heap, load, result.rowsPerSecond(), (double) result.get("calls") / rows, result.get("events"),
                result.get("eventWaitMillis") / 1000.0, result.get("peakHeapAfterGc") / 1e6, result.get("peakRss") / 1e6,
                result.get("samples") < 3 ? "(run too short)"
                        : String.format(Locale.ROOT, "%,d bytes", result.get("bytesPerRow")),
                accounted ? "yes" : "no");
    }

    private static void deleteContents(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
