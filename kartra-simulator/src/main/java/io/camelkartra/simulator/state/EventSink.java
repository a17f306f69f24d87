package io.camelkartra.simulator.state;

/**
 * Receives what a state change makes Kartra send out. Called while the account is locked, so an
 * implementation can read the lead as it is at that moment; it must not block.
 */
interface EventSink {

    /** For seeding: nothing is sent. */
    EventSink NONE = new EventSink() {
        @Override
        public void leadEvent(Lead lead, OutboundAction action, Object subject) {
        }

        @Override
        public void paymentNotification(Transaction transaction) {
        }
    };

    /**
     * An Outbound API event about {@code lead}; {@code subject} is what the event is about (a
     * {@link Tag}, {@link MailingList}, {@link Sequence}, {@link CalendarBooking}, {@link Transaction},
     * {@link Product}, {@link MembershipAccess}, {@link Page}, a points total, or an event-specific
     * record of the outbound package).
     */
    void leadEvent(Lead lead, OutboundAction action, Object subject);

    /** An IPN notification about a transaction. */
    void paymentNotification(Transaction transaction);
}
