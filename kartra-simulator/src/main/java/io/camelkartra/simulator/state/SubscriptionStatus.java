package io.camelkartra.simulator.state;

/** {@code subscription_status} values; cancelled and terminated subscriptions cannot change (275). */
public enum SubscriptionStatus {
    ACTIVE("Active"),
    PAUSED("Paused"),
    CANCELLED("Cancelled"),
    TERMINATED("Terminated");

    private final String wireName;

    SubscriptionStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public boolean isFinal() {
        return this == CANCELLED || this == TERMINATED;
    }
}
