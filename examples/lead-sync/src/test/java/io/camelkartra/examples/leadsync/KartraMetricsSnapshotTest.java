package io.camelkartra.examples.leadsync;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KartraMetricsSnapshotTest {

    @Test
    void printsTheKartraMetersWithoutTheContextAndAppTags() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Timer.builder("kartra.calls").tags("camelContext", "camel-1", "app", "0a1b2c3d", "command", "create_lead", "outcome", "success",
                "type", "none").register(registry).record(4, TimeUnit.MILLISECONDS);
        registry.counter("kartra.rate.limiter.refused", "app", "0a1b2c3d", "command", "edit_lead", "reason", "no_slot").increment();
        registry.counter("jvm.other").increment();

        String snapshot = KartraMetricsSnapshot.render(registry);

        assertThat(snapshot).startsWith("Kartra metrics").doesNotContain("jvm.other").doesNotContain("0a1b2c3d").doesNotContain("camel-1");
        assertThat(snapshot.lines()).anyMatch(line -> line.contains("kartra.calls{command=create_lead,outcome=success,type=none}")
                                                      && line.endsWith("1, mean 4.0 ms"))
                .anyMatch(line -> line.contains("kartra.rate.limiter.refused{command=edit_lead,reason=no_slot}") && line.endsWith(" 1"));
    }

    @Test
    void printsNothingWithoutKartraMeters() {
        assertThat(KartraMetricsSnapshot.render(new SimpleMeterRegistry())).isEmpty();
    }
}
