package io.camelkartra.simulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelkartra.simulator.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Concurrent calls on one lead: every action applied exactly once, no lost update. */
class ConcurrencyTest extends ConformanceTest {

    @Test
    void concurrentCallsOnOneLeadAreEachAppliedOnce() throws Exception {
        int senders = 8;
        int callsEach = 40;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int s = 0; s < senders; s++) {
                int sender = s;
                results.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < callsEach; i++) {
                        String tag = (sender + i) % 2 == 0 ? "Lead+Magnet" : "Webinar+Attendee";
                        ok += call("lead[email]=john.smith%40example.com&actions[0][cmd]=give_points_to_lead"
                                + "&actions[0][points]=1&actions[1][cmd]=assign_tag&actions[1][tag_name]=" + tag)
                                .path("status").asText().equals("Success") ? 1 : 0;
                    }
                    return ok;
                }));
            }
            int succeeded = 0;
            for (Future<Integer> result : results) {
                succeeded += result.get();
            }
            assertThat(succeeded).isEqualTo(senders * callsEach);
        } finally {
            pool.shutdown();
        }
        assertThat(john().score()).isEqualTo(25 + senders * callsEach);
        assertThat(john().journal("give_points_to_lead")).hasSize(senders * callsEach);
        assertThat(john().journal("assign_tag")).filteredOn(e -> e.changed()).hasSize(2);
        assertThat(sim().calls().count("give_points_to_lead", Outcome.SUCCESS)).isEqualTo(senders * callsEach);
    }
}
