package io.camelkartra;

import java.util.Locale;

import io.camelkartra.model.KartraIpnTransactionType;

/**
 * What the events and IPN consumers report about the posts they receive: how each was answered and, for IPN, the
 * transaction type of each notification routed. The consumer's activity (for the dev console) and, where the runtime
 * has Micrometer, its meters listen here.
 */
interface KartraDeliveryObserver {

    /** Observes nothing. */
    KartraDeliveryObserver NONE = new KartraDeliveryObserver() {
    };

    /** What became of a post; {@link #label()} is the {@code outcome} label. */
    enum Outcome {
        /** Checked, converted and routed; the route completed (200). */
        ROUTED,
        /** Its delivery key was seen before: acknowledged without routing (200). */
        DUPLICATE,
        /** An event the endpoint's {@code events} option does not list: acknowledged without routing (200). */
        IGNORED,
        /** Refused before routing: source, method, credential, media type, size or body (the status says which). */
        REFUSED,
        /** Routed, and the route failed (500). */
        ROUTE_FAILED,
        /** The consumer itself failed (500). */
        ERROR;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A post was answered with this HTTP status. */
    default void delivered(Outcome outcome, int status) {
    }

    /** An IPN notification of this transaction type passed its checks (a duplicate too: it is dropped afterwards). */
    default void notification(KartraIpnTransactionType transactionType) {
    }

    /** The {@code transactionType} label: Kartra's name of the type, {@code other} for one it does not document. */
    static String transactionTypeLabel(KartraIpnTransactionType transactionType) {
        return transactionType == null || transactionType.getKartraName() == null ? "other" : transactionType.getKartraName();
    }

    /** Reports to both, first to {@code first}. */
    static KartraDeliveryObserver both(KartraDeliveryObserver first, KartraDeliveryObserver second) {
        if (second == NONE) {
            return first;
        }
        return new KartraDeliveryObserver() {
            @Override
            public void delivered(Outcome outcome, int status) {
                first.delivered(outcome, status);
                second.delivered(outcome, status);
            }

            @Override
            public void notification(KartraIpnTransactionType transactionType) {
                first.notification(transactionType);
                second.notification(transactionType);
            }
        };
    }
}
