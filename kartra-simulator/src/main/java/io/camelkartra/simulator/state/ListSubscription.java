package io.camelkartra.simulator.state;

/** A lead's membership of a list; unsubscribing keeps the entry with {@code active} false, as {@code get_lead} shows. */
record ListSubscription(MailingList list, boolean active) {
}
