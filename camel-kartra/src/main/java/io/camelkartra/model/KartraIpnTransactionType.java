package io.camelkartra.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The {@code transaction_type} of an IPN notification. */
public enum KartraIpnTransactionType {

    /** A one-time payment, the first payment of a subscription, or a trial order. */
    SALE("sale"),
    /** A subscription payment after the first, or the follow-up payment after a trial. */
    REBILL("rebill"),
    /** A full refund; {@code transaction_parent_id} is the refunded order. */
    REFUND("refund"),
    /** A partial refund; {@code transaction_parent_id} is the refunded order. */
    PARTIAL_REFUND("partial_refund"),
    /** A chargeback; {@code transaction_parent_id} is the disputed order. */
    CHARGEBACK("chargeback"),
    /** A rebill that failed (expired card, no funds, ...). */
    FAILED("failed"),
    /** A cancelled subscription (no amounts). */
    CANCELLATION("cancellation"),
    /** A type this version does not know; the notification keeps Kartra's text. */
    UNKNOWN(null);

    private static final Map<String, KartraIpnTransactionType> BY_NAME = Arrays.stream(values())
            .filter(type -> type.kartraName != null)
            .collect(Collectors.toUnmodifiableMap(KartraIpnTransactionType::getKartraName, Function.identity()));

    private final String kartraName;

    KartraIpnTransactionType(String kartraName) {
        this.kartraName = kartraName;
    }

    /** The type with this name (case and surrounding blanks ignored), or {@link #UNKNOWN}. */
    public static KartraIpnTransactionType fromKartraName(String name) {
        if (name == null) {
            return UNKNOWN;
        }
        return BY_NAME.getOrDefault(name.trim().toLowerCase(Locale.ROOT), UNKNOWN);
    }

    /** Kartra's name ({@code partial_refund}); null for {@link #UNKNOWN}. */
    public String getKartraName() {
        return kartraName;
    }
}
