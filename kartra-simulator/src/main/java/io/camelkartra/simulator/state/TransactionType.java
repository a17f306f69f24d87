package io.camelkartra.simulator.state;

import java.util.Locale;

/** Kartra's {@code transaction_type} values (kartra-api.md §2.10, §8). */
public enum TransactionType {
    SALE,
    REBILL,
    REFUND,
    PARTIAL_REFUND,
    CHARGEBACK,
    FAILED,
    CANCELLATION;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Only sales and rebills can be refunded or cancelled (253). */
    public boolean isPayment() {
        return this == SALE || this == REBILL;
    }
}
