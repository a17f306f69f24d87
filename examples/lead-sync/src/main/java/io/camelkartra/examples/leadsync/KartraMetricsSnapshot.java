package io.camelkartra.examples.leadsync;

import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The component's meters at the end of the sync, printed under the summary. camel-kartra registers them in the
 * {@code metricsRegistry} bean that the application binds (a Micrometer {@code SimpleMeterRegistry} here; a Prometheus
 * registry in production, see docs/operations.md). The {@code camelContext} and {@code app} tags are left out: one
 * context, one App.
 */
final class KartraMetricsSnapshot {

    private KartraMetricsSnapshot() {
    }

    static String render(MeterRegistry registry) {
        String lines = registry.getMeters().stream()
                .filter(meter -> meter.getId().getName().startsWith("kartra."))
                .sorted(Comparator.comparing(KartraMetricsSnapshot::label))
                .map(meter -> String.format(Locale.ROOT, "  %-90s %s%n", label(meter), value(meter)))
                .collect(Collectors.joining());
        return lines.isEmpty() ? "" : String.format("Kartra metrics (Micrometer; docs/operations.md says what each means):%n") + lines;
    }

    private static String label(Meter meter) {
        return meter.getId().getName() + meter.getId().getTags().stream()
                .filter(tag -> !tag.getKey().equals("camelContext") && !tag.getKey().equals("app"))
                .map(tag -> tag.getKey() + "=" + tag.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String value(Meter meter) {
        if (meter instanceof Timer timer) {
            return String.format(Locale.ROOT, "%d, mean %.1f ms", timer.count(), timer.mean(TimeUnit.MILLISECONDS));
        }
        if (meter instanceof Counter counter) {
            return String.format(Locale.ROOT, "%.0f", counter.count());
        }
        if (meter instanceof Gauge gauge) {
            return String.format(Locale.ROOT, "%.0f now", gauge.value());
        }
        return "";
    }
}
