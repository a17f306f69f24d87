package io.camelkartra;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.camelkartra.model.KartraIpnTransactionType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import static io.camelkartra.KartraMeters.DELIVERIES;
import static io.camelkartra.KartraMeters.IPN_NOTIFICATIONS;
import static io.camelkartra.KartraMeters.TAG_OUTCOME;
import static io.camelkartra.KartraMeters.TAG_STATUS;
import static io.camelkartra.KartraMeters.TAG_TRANSACTION_TYPE;

/** The meters of one consumer's posts. */
final class KartraDeliveryMeters implements KartraDeliveryObserver {

    private record Answer(Outcome outcome, int status) {
    }

    private final MeterRegistry registry;
    private final Tags tags;
    private final Map<Answer, Counter> deliveries = new ConcurrentHashMap<>();
    private final Map<KartraIpnTransactionType, Counter> notifications = new ConcurrentHashMap<>();

    KartraDeliveryMeters(MeterRegistry registry, Tags tags) {
        this.registry = registry;
        this.tags = tags;
    }

    @Override
    public void delivered(Outcome outcome, int status) {
        deliveries.computeIfAbsent(new Answer(outcome, status),
                answer -> Counter.builder(DELIVERIES)
                        .tags(tags).tag(TAG_OUTCOME, answer.outcome().label()).tag(TAG_STATUS, Integer.toString(answer.status()))
                        .description("Posts Kartra made to the events and IPN consumers, by outcome and HTTP status answered")
                        .register(registry))
                .increment();
    }

    @Override
    public void notification(KartraIpnTransactionType transactionType) {
        notifications.computeIfAbsent(transactionType,
                type -> Counter.builder(IPN_NOTIFICATIONS)
                        .tags(tags).tag(TAG_TRANSACTION_TYPE, KartraDeliveryObserver.transactionTypeLabel(type))
                        .description("IPN notifications that passed their checks, by transaction type").register(registry))
                .increment();
    }
}
