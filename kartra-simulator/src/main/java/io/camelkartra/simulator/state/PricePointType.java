package io.camelkartra.simulator.state;

/** How a price point charges; the last three create a subscription. */
public enum PricePointType {
    ONE_TIME,
    /** Charges every period until cancelled. */
    RECURRING,
    /** A fixed number of payments. */
    INSTALLMENTS,
    /** A fixed number of payments, repeated every {@code recurring_period_2} (kartra-api.md §2.11). */
    RECURRING_INSTALLMENTS;

    public boolean isSubscription() {
        return this != ONE_TIME;
    }
}
