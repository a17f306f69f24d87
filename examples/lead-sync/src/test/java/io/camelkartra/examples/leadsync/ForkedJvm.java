package io.camelkartra.examples.leadsync;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A main class run in a JVM of its own, as a user starts it with {@code java}: the JVM's own last words (such as
 * {@code Terminating due to java.lang.OutOfMemoryError}) and its exit code are what the caller checks, and a JVM that
 * does not end within the timeout is stopped, so that a stall fails the caller instead of hanging it.
 */
final class ForkedJvm {

    private ForkedJvm() {
    }

    /** How the JVM ended: its exit code (that of the forced stop when it timed out) and every line it wrote. */
    record Ended(int exitCode, List<String> output, boolean timedOut) {
    }

    /**
     * Runs {@code mainClass} with these JVM options and arguments, passing each line of its standard output and error
     * to {@code echo} as it comes.
     */
    static Ended run(List<String> jvmOptions, String classpath, String mainClass, List<String> args, Duration timeout,
            Consumer<String> echo) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = process.inputReader()) {
                lines.lines().forEach(line -> {
                    echo.accept(line);
                    output.add(line);
                });
            } catch (IOException e) {
                output.add("(output lost: " + e + ")");
            }
        }, "forked-jvm-output");
        reader.start();
        boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        reader.join();
        return new Ended(process.exitValue(), output, !ended);
    }

    /** The class path of this test JVM, for a forked one (surefire runs the tests from a manifest-only jar). */
    static String testClasspath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
