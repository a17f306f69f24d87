package io.camelkartra.simulator.state;

/** A lead's place in a sequence; unsubscribing keeps the entry with {@code active} false. */
record SequenceSubscription(Sequence sequence, int step, boolean active) {
}
