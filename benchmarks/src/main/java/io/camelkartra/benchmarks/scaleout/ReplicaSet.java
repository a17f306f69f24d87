package io.camelkartra.benchmarks.scaleout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Replicas as separate JVMs ({@link ReplicaProcess}, same classpath as this one), each configured with properties
 * only, and driven over their standard input. Their output is kept, so that callers can count log lines.
 */
public final class ReplicaSet implements AutoCloseable {

    private static final long START_TIMEOUT_SECONDS = 60;
    /** {@code -Dkartra.scaleout.echo=true} prints the replicas' log lines as they come. */
    private static final boolean ECHO = Boolean.getBoolean("kartra.scaleout.echo");

    private final List<Replica> replicas = new ArrayList<>();

    /**
     * Starts {@code count} replicas with the same properties and waits until each runs Camel.
     *
     * @param workDir where each replica's properties file is written
     */
    public ReplicaSet(int count, Properties properties, Path workDir) throws Exception {
        try {
            for (int i = 0; i < count; i++) {
                Path file = workDir.resolve("replica-" + (i + 1) + ".properties");
                try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    properties.store(writer, "replica " + (i + 1));
                }
                replicas.add(new Replica(i + 1, file));
            }
            for (Replica replica : replicas) {
                replica.awaitLine("READY", START_TIMEOUT_SECONDS);
            }
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /**
     * Each replica offers its load at the same time; returns their results in order.
     *
     * @param perSecond calls per second offered by each replica
     * @param bound     the longest to wait for all results
     */
    public List<LoadResult> load(double[] perSecond, int seconds, int settleSeconds, long bound) throws Exception {
        if (perSecond.length != replicas.size()) {
            throw new IllegalArgumentException("one load per replica");
        }
        for (int i = 0; i < perSecond.length; i++) {
            replicas.get(i).send("load " + perSecond[i] + " " + seconds + " " + settleSeconds);
        }
        List<LoadResult> results = new ArrayList<>();
        for (Replica replica : replicas) {
            results.add(LoadResult.parse(replica.awaitLine("RESULT", bound)));
        }
        return results;
    }

    /** The log lines of replica {@code index} (from 0) that contain {@code fragment}. */
    public long countLines(int index, String fragment) {
        return replicas.get(index).lines.stream().filter(line -> line.contains(fragment)).count();
    }

    public int size() {
        return replicas.size();
    }

    @Override
    public void close() {
        for (Replica replica : replicas) {
            replica.stop();
        }
    }

    private static final class Replica {
        private final int number;
        private final Process process;
        private final Writer input;
        private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
        private final List<String> lines = new CopyOnWriteArrayList<>();

        Replica(int number, Path properties) throws IOException {
            this.number = number;
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            process = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), ReplicaProcess.class.getName(), properties.toString())
                    .redirectErrorStream(true)
                    .start();
            input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(this::read, "replica-" + number + "-output");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    if (line.equals("READY") || line.startsWith("RESULT ")) {
                        answers.add(line);
                    } else {
                        lines.add(line);
                        if (ECHO) {
                            System.out.println("replica " + number + ": " + line);
                        }
                    }
                }
            } catch (IOException e) {
                // the process ended; awaitLine reports the missing answer
            }
        }

        void send(String command) throws IOException {
            input.write(command + "\n");
            input.flush();
        }

        String awaitLine(String prefix, long timeoutSeconds) throws Exception {
            String line = answers.poll(timeoutSeconds, TimeUnit.SECONDS);
            if (line == null || !line.startsWith(prefix)) {
                throw new IllegalStateException("replica " + number + " gave no " + prefix + " within " + timeoutSeconds
                                                + " s (alive: " + process.isAlive() + "); its last output: "
                                                + lines.subList(Math.max(0, lines.size() - 20), lines.size()));
            }
            return line;
        }

        void stop() {
            try {
                send("quit");
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
    }
}
