package io.camelkartra;

import org.apache.camel.CamelContext;

/**
 * Where the component's meters go: nowhere ({@link #NONE}) unless the runtime has Micrometer and a
 * {@code MeterRegistry}, which is looked up as camel-micrometer does it (see {@link KartraMeters}). This class touches
 * no Micrometer type, so the component runs without Micrometer on the classpath.
 */
class KartraMetrics {

    /** No registry: observers that observe nothing. */
    static final KartraMetrics NONE = new KartraMetrics();

    private static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";

    /** The runtime's meters, or {@link #NONE} without Micrometer or without a registry. */
    static KartraMetrics of(CamelContext context) {
        if (context.getClassResolver().resolveClass(METER_REGISTRY) == null) {
            return NONE;
        }
        return KartraMeters.lookup(context);
    }

    /**
     * The meters of one account's calls.
     *
     * @param app      the short digest of the account's App id
     * @param activity the account's activity, whose counts of calls in flight and waiting the gauges read
     */
    KartraCallObserver forAccount(String app, KartraCallActivity activity) {
        return KartraCallObserver.NONE;
    }

    /** The meters of one consumer's posts ({@code events} or {@code ipn}). */
    KartraDeliveryObserver forConsumer(String consumer) {
        return KartraDeliveryObserver.NONE;
    }

    /** Removes what must not outlive the component (its gauges). */
    void close() {
    }

    /** Whether meters are registered anywhere. */
    boolean isEnabled() {
        return false;
    }
}
