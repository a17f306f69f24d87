package io.camelkartra.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * What a getLead costs the machine, one caller, for each way of {@link CallBenchmark}: CPU time of all the JVM's
 * threads per call, and voluntary context switches per call (a thread going to sleep to wait for another: the
 * hand-offs), in total and by thread. Unlike the JMH timings these hardly depend on what else runs on the machine.
 * Linux only: the switches are read from {@code /proc/self/task}. The simulator's threads are in every figure.
 * <p>
 * Arguments: {@code [calls per measurement]} (default 3000). Each way is measured three times, in turn, after 2,000
 * calls of warm-up; the last round is the one to read.
 */
public final class CallCost {

    private static final Path TASKS = Path.of("/proc/self/task");
    private static final int WARM_UP_CALLS = 2000;
    private static final int ROUNDS = 3;

    private CallCost() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        String lead = BenchmarkEnvironment.EXISTING_LEAD;
        try (BenchmarkEnvironment environment = new BenchmarkEnvironment(0, 0)) {
            for (int round = 1; round <= ROUNDS; round++) {
                System.out.println("# round " + round + " of " + ROUNDS + ", " + calls + " calls each");
                measure("component", calls, () -> environment.componentGetLead(lead));
                measure("http route", calls, () -> environment.httpRouteGetLead(lead));
                measure("processors + http", calls, () -> environment.processorsGetLead(lead));
                measure("JDK client", calls, () -> environment.jdkGetLead(lead));
            }
        }
    }

    private static void measure(String way, int calls, Callable<?> call) throws Exception {
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            call.call();
        }
        Map<String, Long> switchesBefore = voluntarySwitchesByThread();
        long cpuBefore = cpuNanos();
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            call.call();
        }
        long wall = System.nanoTime() - start;
        long cpu = cpuNanos() - cpuBefore;
        Map<String, Long> switchesAfter = voluntarySwitchesByThread();

        StringBuilder byThread = new StringBuilder();
        long switches = 0;
        for (Map.Entry<String, Long> thread : switchesAfter.entrySet()) {
            long delta = thread.getValue() - switchesBefore.getOrDefault(thread.getKey(), 0L);
            switches += delta;
            if (delta >= calls / 20) {
                byThread.append(String.format("  %s %.2f", thread.getKey(), (double) delta / calls));
            }
        }
        System.out.printf("%-18s cpu %6.1f us/call  wall %7.1f us/call  voluntary switches %5.2f/call:%s%n", way,
                cpu / 1000.0 / calls, wall / 1000.0 / calls, (double) switches / calls, byThread);
    }

    /** CPU time of every live Java thread (the JVM's own GC and compiler threads are not counted). */
    private static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long id : threads.getAllThreadIds()) {
            total += Math.max(0, threads.getThreadCpuTime(id));
        }
        return total;
    }

    /** Voluntary context switches per thread name, numbers in names folded ("pool-1-thread-3" counts as "pool-#-thread-#"). */
    private static Map<String, Long> voluntarySwitchesByThread() throws IOException {
        Map<String, Long> switches = new TreeMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                try {
                    String name = Files.readString(task.resolve("comm")).trim().replaceAll("[0-9]+", "#");
                    for (String line : Files.readAllLines(task.resolve("status"))) {
                        if (line.startsWith("voluntary_ctxt_switches:")) {
                            switches.merge(name, Long.parseLong(line.substring(line.indexOf(':') + 1).trim()), Long::sum);
                        }
                    }
                } catch (NoSuchFileException e) {
                    // the thread ended while the tasks were listed
                }
            }
        }
        return switches;
    }
}
