package io.camelkartra.examples.leadsync;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard of the growth run: 5,000 rows in a JVM of its own with a heap too small for memory that grows with the
 * rows as it did (about 13 KB a row, when the simulator kept 8 KB a lead and every undelivered event). It checks
 * completion and accounting, and the heap added per row after full collections (about 1 KB now), never the time (the
 * machine is shared). It takes 30 to 80 s on two shared cores, more under heavy load; a sync that has not ended in 10
 * minutes has stalled.
 */
class LeadSyncGrowthTest {

    private static final int ROWS = 5_000;

    @TempDir
    Path output;

    @Test
    void fiveThousandRowsInASmallHeapWithEveryRowAndEventAccountedFor() throws Exception {
        GrowthProbe.Result result = GrowthProbe.fork(ROWS, "96m", output, ForkedJvm.testClasspath(), Duration.ofMinutes(10),
                System.out::println);

        assertThat(result.timedOut()).as("the sync ended").isFalse();
        assertThat(result.exitCode()).as("exit code (3: out of memory)").isZero();
        assertThat(result.get("accounted")).isEqualTo(ROWS);
        assertThat(result.get("synced")).isEqualTo(ROWS);
        assertThat(result.get("calls")).isEqualTo(ROWS);
        assertThat(result.get("events")).isEqualTo(LeadsCsvGenerator.eventsCaused(ROWS));
        assertThat(result.get("eventsOnTheirWay")).isZero();
        assertThat(result.get("eventsDropped")).isZero();
        assertThat(result.get("samples")).as("heap samples while the rows were synced").isGreaterThanOrEqualTo(3);
        assertThat(result.get("bytesPerRow")).as("heap added per row, after full collections (%s)", result.fields())
                .isLessThan(3_000);
    }
}
