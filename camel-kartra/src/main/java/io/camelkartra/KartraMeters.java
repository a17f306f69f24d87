package io.camelkartra;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;

/**
 * The component's meters in the runtime's Micrometer registry, found as camel-micrometer finds it: the bean named
 * {@code metricsRegistry} (camel-micrometer on Camel Main), else the only {@code CompositeMeterRegistry}, else the only
 * {@code MeterRegistry} bean (Quarkus and Spring Boot register theirs). Without one, nothing is measured.
 * <p>
 * Every meter carries the {@code camelContext} tag, as Camel's own do; producer meters carry {@code app}, a short
 * digest of the App id (never the id), consumer meters {@code consumer}. The names and every other tag are declared
 * here, and their values come from the command table and the message type catalogue ({@link KartraCallResult}).
 */
final class KartraMeters extends KartraMetrics {

    /** camel-micrometer's registry bean ({@code MicrometerConstants.METRICS_REGISTRY_NAME}). */
    static final String REGISTRY_NAME = "metricsRegistry";

    static final String CALLS = "kartra.calls";
    static final String CALLS_ACTIVE = "kartra.calls.active";
    static final String RATE_LIMITER_WAIT = "kartra.rate.limiter.wait";
    static final String RATE_LIMITER_WAITING = "kartra.rate.limiter.waiting";
    static final String RATE_LIMITER_REFUSED = "kartra.rate.limiter.refused";
    static final String INVENTORY_LOADS = "kartra.inventory.loads";
    static final String INVENTORY_REFUSED = "kartra.inventory.refused";
    static final String DELIVERIES = "kartra.deliveries";
    static final String IPN_NOTIFICATIONS = "kartra.ipn.notifications";

    /** Every meter name, for the docs' test. */
    static final Set<String> NAMES = Set.of(CALLS, CALLS_ACTIVE, RATE_LIMITER_WAIT, RATE_LIMITER_WAITING, RATE_LIMITER_REFUSED,
            INVENTORY_LOADS, INVENTORY_REFUSED, DELIVERIES, IPN_NOTIFICATIONS);

    static final String TAG_CAMEL_CONTEXT = "camelContext";
    static final String TAG_APP = "app";
    static final String TAG_COMMAND = "command";
    static final String TAG_OUTCOME = "outcome";
    static final String TAG_TYPE = "type";
    static final String TAG_REASON = "reason";
    static final String TAG_RESULT = "result";
    static final String TAG_KIND = "kind";
    static final String TAG_CONSUMER = "consumer";
    static final String TAG_STATUS = "status";
    static final String TAG_TRANSACTION_TYPE = "transactionType";

    private final MeterRegistry registry;
    private final Tags common;
    private final List<Meter> gauges = new CopyOnWriteArrayList<>();

    KartraMeters(MeterRegistry registry, String camelContext) {
        this.registry = registry;
        this.common = Tags.of(TAG_CAMEL_CONTEXT, camelContext);
    }

    /** The meters in the runtime's registry, or {@link KartraMetrics#NONE} when it has none. */
    static KartraMetrics lookup(CamelContext context) {
        MeterRegistry registry = find(context.getRegistry());
        return registry == null ? NONE : new KartraMeters(registry, context.getName());
    }

    private static MeterRegistry find(Registry registry) {
        MeterRegistry named = registry.lookupByNameAndType(REGISTRY_NAME, MeterRegistry.class);
        if (named != null) {
            return named;
        }
        Set<CompositeMeterRegistry> composites = registry.findByType(CompositeMeterRegistry.class);
        if (composites.size() == 1) {
            return composites.iterator().next();
        }
        Set<MeterRegistry> registries = registry.findByType(MeterRegistry.class);
        return registries.size() == 1 ? registries.iterator().next() : null;
    }

    @Override
    KartraCallObserver forAccount(String app, KartraCallActivity activity) {
        return new KartraCallMeters(this, common.and(TAG_APP, app), activity);
    }

    @Override
    KartraDeliveryObserver forConsumer(String consumer) {
        return new KartraDeliveryMeters(registry, common.and(TAG_CONSUMER, consumer));
    }

    MeterRegistry registry() {
        return registry;
    }

    /**
     * A gauge of a figure of this component's; {@link #close()} removes it, since a registry keeps the first gauge of a
     * name and tags, and a restarted component must not be measured by its predecessor's figures.
     */
    void gauge(String name, Tags tags, String description, Supplier<Number> figure) {
        gauges.add(Gauge.builder(name, figure).tags(tags).description(description).strongReference(true).register(registry));
    }

    @Override
    void close() {
        gauges.forEach(registry::remove);
        gauges.clear();
    }

    @Override
    boolean isEnabled() {
        return true;
    }
}
