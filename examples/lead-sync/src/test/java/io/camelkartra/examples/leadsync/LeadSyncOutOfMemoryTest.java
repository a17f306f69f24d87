package io.camelkartra.examples.leadsync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fail loudly, never stall: the example started as the README's quick start starts it, but in a heap too small for it,
 * ends with the JVM's error and a non-zero exit within seconds (about 10 s). Started the same way without
 * {@code -XX:+ExitOnOutOfMemoryError}, it ran out of memory in its HTTP threads and hung with no summary (as the
 * 20,000-row sync in 256 MB did in issue 19); this test would then stop it at the timeout and fail.
 */
class LeadSyncOutOfMemoryTest {

    /** Enough to start Camel and the embedded simulator and begin the sync, not to finish its 300 rows (24 MB do). */
    private static final String TOO_SMALL = "-Xmx16m";
    private static final String JAR = "-jar examples/lead-sync/target/lead-sync.jar";

    @TempDir
    Path output;

    @Test
    void aHeapTooSmallEndsTheSyncWithTheErrorAndANonZeroExit() throws Exception {
        List<String> options = new ArrayList<>(quickStartJvmOptions());
        options.addAll(List.of(TOO_SMALL, "-Dcamel.component.kartra.rate-limit=0", "-Dleadsync.output-dir=" + output));

        // the jar's manifest names this main class; the jar itself is built after the tests
        ForkedJvm.Ended ended = ForkedJvm.run(options, ForkedJvm.testClasspath(), LeadSyncApplication.class.getName(),
                List.of(), Duration.ofMinutes(3), System.out::println);

        assertThat(ended.timedOut()).as("the JVM ended by itself (%s)", options).isFalse();
        assertThat(ended.exitCode()).as("exit code (3: -XX:+ExitOnOutOfMemoryError)").isNotZero();
        assertThat(ended.output()).as("what the JVM said")
                .anySatisfy(line -> assertThat(line).contains("java.lang.OutOfMemoryError"));
        assertThat(ended.output()).as("no summary of a sync that did not finish")
                .noneSatisfy(line -> assertThat(line).contains("Lead sync summary"));
    }

    /** The JVM options of the quick start's {@code java ... -jar lead-sync.jar}, in the repository's README. */
    private static List<String> quickStartJvmOptions() throws Exception {
        String command = Files.readAllLines(Path.of("../../README.md")).stream()
                .filter(line -> line.contains(JAR))
                .findFirst().orElseThrow(() -> new AssertionError("no 'java ... " + JAR + "' in README.md"));
        String java = command.substring(command.lastIndexOf("java "), command.indexOf(JAR));
        return Arrays.stream(java.substring("java ".length()).trim().split("\\s+")).filter(option -> !option.isEmpty())
                .toList();
    }
}
