package io.camelkartra.model;

/** The changes {@code modify_subscription_status} makes to a subscription, with Kartra's names. */
public enum SubscriptionStatusModification {

    CANCEL("cancel"),
    PAUSE("pause"),
    UNPAUSE("unpause");

    private final String kartraName;

    SubscriptionStatusModification(String kartraName) {
        this.kartraName = kartraName;
    }

    /** Kartra's name ({@code pause}). */
    public String getKartraName() {
        return kartraName;
    }

    /** Kartra's name: what the request carries and what the option's documented values are. */
    @Override
    public String toString() {
        return kartraName;
    }
}
