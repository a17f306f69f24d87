package io.camelkartra.benchmarks.scaleout;

import java.time.Duration;
import java.util.List;

import io.camelkartra.benchmarks.scaleout.ScaleOutRun.Mode;
import io.camelkartra.benchmarks.scaleout.ScaleOutRun.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three replicas in three JVMs, configured with properties only, share one App's budget in one real Redis server
 * (started by the test from the embedded-redis artifact) against one Kartra simulator counting 20 calls per second
 * for the App: Kartra never answers 429 and every exchange ends as a success or as a retryable refusal with nothing
 * sent. Counts only: the rates are the benchmark's business (ScaleOutAtLimit, docs/performance.md).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SharedRateBudgetProcessesTest {

    private static final int SECONDS = 8;
    private static final String WENT_DOWN = "The shared rate-limit store does not answer";
    private static final String CAME_BACK = "The shared rate-limit store answers again";
    private static ScaleOutRun run;

    @BeforeAll
    static void start() throws Exception {
        // waits longer than the defaults: the build machine is shared, and a replica starved of CPU for a second must
        // not be taken for a lost store
        run = new ScaleOutRun(Mode.REDIS, 3, Duration.ofSeconds(3), "3s");
    }

    @AfterAll
    static void stop() throws Exception {
        if (run != null) {
            run.close();
        }
    }

    @Test
    @Order(1)
    void unevenLoadNo429AndNothingLost() throws Exception {
        Outcome outcome = run.run(new double[] {30, 1, 1}, SECONDS, 2);

        assertNo429AndNothingLost(outcome);
        // the busy replica gets what the quiet ones leave: more than its static share of 20/3
        assertThat(outcome.replicas().get(0).ratePerSecond()).isGreaterThan(ScaleOutRun.KARTRA_LIMIT / 3.0 * 2);
    }

    @Test
    @Order(2)
    void evenOverloadNo429AndNothingLost() throws Exception {
        assertNo429AndNothingLost(run.run(new double[] {15, 15, 15}, SECONDS, 2));
    }

    @Test
    @Order(3)
    void storeStoppedMidRunNo429NothingLostOneWarningEach() throws Exception {
        long[] warningsBefore = new long[run.replicas().size()];
        for (int i = 0; i < warningsBefore.length; i++) {
            warningsBefore[i] = run.replicas().countLines(i, WENT_DOWN);
        }

        Outcome outcome = run.run(new double[] {15, 15, 15}, 10, 2, 3, 6);

        assertNo429AndNothingLost(outcome);
        for (int i = 0; i < warningsBefore.length; i++) {
            long warnings = run.replicas().countLines(i, WENT_DOWN);
            // one warning per outage; a store that failed shortly before (a loaded machine) is not warned about twice
            assertThat(warnings - warningsBefore[i]).as("warnings of replica %d in this run", i + 1).isLessThanOrEqualTo(1);
            assertThat(warnings).as("warnings of replica %d", i + 1).isPositive();
            assertThat(run.replicas().countLines(i, CAME_BACK)).as("returns to the shared budget of replica %d", i + 1)
                    .isEqualTo(warnings);
        }
    }

    private static void assertNo429AndNothingLost(Outcome outcome) {
        List<LoadResult> replicas = outcome.replicas();
        assertThat(outcome.simulator429()).as("429 answers of the simulator, %s", replicas).isZero();
        assertThat(replicas).as("every exchange completed, as a success or a refusal with nothing sent")
                .allSatisfy(replica -> assertThat(replica.noneLost()).as("%s", replica).isTrue());
        assertThat(outcome.succeeded()).as("successes reported = calls the simulator served").isEqualTo(outcome.simulatorSuccesses());
        assertThat(outcome.succeeded()).isPositive();
    }
}
