package io.camelkartra;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.camelkartra.model.KartraIpnTransactionType;

/**
 * The posts one consumer received, kept in memory for the {@code kartra} dev console whether or not the runtime has
 * Micrometer: counts by outcome and HTTP status, and for IPN by transaction type.
 */
final class KartraDeliveryActivity implements KartraDeliveryObserver {

    private final String consumer;
    private final String path;
    private final Map<String, LongAdder> deliveries = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> notifications = new ConcurrentHashMap<>();

    /**
     * @param consumer {@code events} or {@code ipn}
     * @param path     the HTTP path the consumer receives posts on
     */
    KartraDeliveryActivity(String consumer, String path) {
        this.consumer = consumer;
        this.path = path;
    }

    @Override
    public void delivered(Outcome outcome, int status) {
        deliveries.computeIfAbsent(outcome.label() + " " + status, key -> new LongAdder()).increment();
    }

    @Override
    public void notification(KartraIpnTransactionType transactionType) {
        notifications.computeIfAbsent(KartraDeliveryObserver.transactionTypeLabel(transactionType), key -> new LongAdder()).increment();
    }

    String consumer() {
        return consumer;
    }

    String path() {
        return path;
    }

    /** Posts by outcome and status ({@code "refused 401"}), sorted. */
    Map<String, Long> deliveries() {
        return sums(deliveries);
    }

    /** IPN notifications routed, by transaction type. */
    Map<String, Long> notifications() {
        return sums(notifications);
    }

    private static Map<String, Long> sums(Map<String, LongAdder> counts) {
        Map<String, Long> sums = new TreeMap<>();
        counts.forEach((key, count) -> sums.put(key, count.sum()));
        return sums;
    }
}
