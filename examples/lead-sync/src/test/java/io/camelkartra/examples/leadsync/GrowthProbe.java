package io.camelkartra.examples.leadsync;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.camelkartra.simulator.KartraSimulator;

/**
 * Runs the lead sync once in this JVM, on {@code rows} generated new leads against the embedded simulator with both
 * rate limits off, and measures how its memory grows: every second (every {@code rows / 5,000} seconds in longer runs)
 * it forces a full garbage collection and notes the heap still in use and the calls made so far (one a row). The heap
 * added per row is the slope of those samples over the second half of the rows; the peak resident memory is the
 * kernel's high-water mark ({@code VmHWM}, Linux only). It prints the sync's summary, then one {@value #RESULT} line that
 * {@link LeadSyncGrowth} and {@link LeadSyncGrowthTest} read. Run it in a JVM of its own, with the heap to test
 * ({@code -Xmx256m -XX:+ExitOnOutOfMemoryError}).
 * <p>
 * Arguments: {@code rows directory}; the CSV, the dead letters and the event log go to the directory.
 */
public final class GrowthProbe {

    static final String RESULT = "GROWTH";
    /** Rows per second of sampling interval: a full collection costs the sync time, so long runs sample less often. */
    private static final int ROWS_PER_SAMPLE_SECOND = 5_000;

    private GrowthProbe() {
    }

    /** The heap in use after a full collection, when so many calls had been made. */
    record Sample(long calls, long heapBytes) {
    }

    /**
     * What a probe in its own JVM reported: its exit code, and the fields of its {@value #RESULT} line (none when it
     * ended without one: out of memory, or stopped at the timeout).
     */
    record Result(int exitCode, Map<String, String> fields, boolean timedOut) {

        long get(String field) {
            return Long.parseLong(fields.getOrDefault(field, "-1"));
        }

        double rowsPerSecond() {
            return Double.parseDouble(fields.getOrDefault("rowsPerSecond", "0"));
        }
    }

    /**
     * Runs a probe in a new JVM with this maximum heap, exits on {@code OutOfMemoryError}, and waits for it at most
     * {@code timeout}; each line it writes goes to {@code echo}.
     */
    static Result fork(int rows, String maxHeap, Path directory, String classpath, Duration timeout, Consumer<String> echo)
            throws IOException, InterruptedException {
        ForkedJvm.Ended ended = ForkedJvm.run(List.of("-Xmx" + maxHeap, "-XX:+ExitOnOutOfMemoryError"), classpath,
                GrowthProbe.class.getName(), List.of(String.valueOf(rows), directory.toString()), timeout, echo);
        Map<String, String> fields = new LinkedHashMap<>();
        ended.output().stream().filter(line -> line.startsWith(RESULT + " ")).forEach(line -> {
            for (String field : line.substring(RESULT.length() + 1).split(" ")) {
                String[] pair = field.split("=", 2);
                fields.put(pair[0], pair[1]);
            }
        });
        return new Result(ended.exitCode(), fields, ended.timedOut());
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        Path directory = Path.of(args[1]);
        Path csv = directory.resolve("leads-" + rows + ".csv");
        LeadsCsvGenerator.writeNewLeads(csv, rows);

        Properties settings = new Properties();
        settings.setProperty("leadsync.input", "file:" + csv);
        settings.setProperty("leadsync.output-dir", directory.toString());
        settings.setProperty("leadsync.progress-every", String.valueOf(Math.max(rows / 10, 1)));
        settings.setProperty("camel.component.kartra.rate-limit", "0");

        AtomicReference<KartraSimulator> kartra = new AtomicReference<>();
        List<Sample> samples = new ArrayList<>();
        long sampleMillis = 1000L * Math.max(1, rows / ROWS_PER_SAMPLE_SECOND);
        Thread sampler = new Thread(() -> sample(kartra, samples, sampleMillis), "growth-probe");
        sampler.setDaemon(true);
        sampler.start();
        SyncSummary summary = LeadSyncApplication.run(Map.of(), settings, kartra::set);
        sampler.interrupt();
        sampler.join();

        // the second half of the rows: by then class loading and the JIT's caches have stopped adding to the heap
        List<Sample> during = samples.stream().filter(s -> s.calls() >= rows / 2 && s.calls() < rows).toList();
        System.out.println(String.format(Locale.ROOT,
                "%s rows=%d accounted=%d synced=%d calls=%d events=%d eventsOnTheirWay=%d eventsDropped=%d "
                + "rowsPerSecond=%.1f eventWaitMillis=%d peakHeapAfterGc=%d peakRss=%d bytesPerRow=%d samples=%d exit=%d",
                RESULT, summary.rows(), summary.accountedFor(), summary.syncedCount(), summary.calls(), summary.eventCount(),
                summary.eventsNotLogged().onTheirWay(), summary.eventsNotLogged().dropped(), summary.rowsPerSecond(),
                summary.elapsed().minus(summary.rowsElapsed()).toMillis(),
                samples.stream().mapToLong(Sample::heapBytes).max().orElse(-1), peakResidentBytes(),
                Math.round(slope(during)), during.size(), summary.exitCode()));
        Files.deleteIfExists(csv);
        System.exit(summary.exitCode());
    }

    private static void sample(AtomicReference<KartraSimulator> kartra, List<Sample> samples, long sampleMillis) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(sampleMillis);
                KartraSimulator simulator = kartra.get();
                long calls = simulator == null ? 0 : simulator.calls().total();
                memory.gc();
                // read by the main thread only after joining this one
                samples.add(new Sample(calls, memory.getHeapMemoryUsage().getUsed()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The most memory this process has had resident ({@code VmHWM}), or -1 where the kernel does not say. */
    private static long peakResidentBytes() {
        try (Stream<String> status = Files.lines(Path.of("/proc/self/status"))) {
            return status.filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> 1024 * Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Heap bytes per call, by least squares; 0 with fewer than three samples. */
    static double slope(List<Sample> samples) {
        int n = samples.size();
        if (n < 3) {
            return 0;
        }
        double meanX = samples.stream().mapToLong(Sample::calls).average().orElse(0);
        double meanY = samples.stream().mapToLong(Sample::heapBytes).average().orElse(0);
        double covariance = 0;
        double variance = 0;
        for (Sample sample : samples) {
            covariance += (sample.calls() - meanX) * (sample.heapBytes() - meanY);
            variance += (sample.calls() - meanX) * (sample.calls() - meanX);
        }
        return variance == 0 ? 0 : covariance / variance;
    }
}
