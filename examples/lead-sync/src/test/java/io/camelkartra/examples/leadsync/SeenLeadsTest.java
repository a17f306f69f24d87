package io.camelkartra.examples.leadsync;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeenLeadsTest {

    @Test
    void theFirstRowOfALeadIsNewTheNextOnesAreDuplicates() {
        SeenLeads seen = new SeenLeads();

        assertThat(seen.add("ann@example.com")).isTrue();
        assertThat(seen.add("ann@example.com")).isFalse();
        assertThat(seen.contains("ann@example.com")).isTrue();
        assertThat(seen.contains("bob@example.com")).isFalse();
        assertThat(seen.size()).isEqualTo(1);
    }

    @Test
    void agreesWithAHashSetOverManyAddsAndRemoves() {
        // enough keys to grow the table many times; removals exercise the moving back of the entries after a gap
        SeenLeads seen = new SeenLeads();
        Set<String> model = new HashSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            String key = "lead" + random.nextInt(50_000) + "@example.com";
            if (random.nextInt(4) == 0) {
                assertThat(seen.remove(key)).as("remove %s", key).isEqualTo(model.remove(key));
            } else {
                assertThat(seen.add(key)).as("add %s", key).isEqualTo(model.add(key));
            }
        }
        assertThat(seen.size()).isEqualTo(model.size());
        for (int k = 0; k < 50_000; k++) {
            String key = "lead" + k + "@example.com";
            assertThat(seen.contains(key)).as(key).isEqualTo(model.contains(key));
        }
    }

    @Test
    void clearForgetsEveryLead() {
        SeenLeads seen = new SeenLeads();
        seen.add("ann@example.com");
        seen.clear();

        assertThat(seen.contains("ann@example.com")).isFalse();
        assertThat(seen.size()).isZero();
        assertThat(seen.add("ann@example.com")).isTrue();
    }
}
