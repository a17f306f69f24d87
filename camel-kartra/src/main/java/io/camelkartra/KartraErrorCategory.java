package io.camelkartra;

/**
 * What kind of failure a Kartra reply or a call represents. Each category has its own exception class, so a
 * route can write {@code onException(KartraNotFoundException.class)} without inspecting the message type.
 */
public enum KartraErrorCategory {

    /** Not an error: the catalogue's success messages carry this category. */
    NONE(false),
    /** The App user's credentials or account: 201, 202, 203, 233, 204. */
    AUTHENTICATION(false),
    /** The App itself: unknown or inactive App, developer account inactive, IP not allowed, command not allowed. */
    APP(false),
    /** The request's structure: no cmd, no lead identity, lead/get_lead/actions not arrays. */
    MALFORMED_REQUEST(false),
    /** The lead the call names does not exist or is deleted. */
    LEAD_NOT_FOUND(false),
    /** create_lead for an email that already has a lead. */
    LEAD_EXISTS(false),
    /** A named object (tag, list, sequence, step, calendar, class, transaction, subscription) does not exist. */
    NOT_FOUND(false),
    /** A parameter is empty or malformed. */
    VALIDATION(false),
    /** The request was valid but Kartra refused it by a business rule (already refunded, PayPal, cancelled...). */
    REJECTED(false),
    /** Too many requests: Kartra's 20 calls per second per App, or our own client-side limiter's bounded wait. */
    RATE_LIMIT(true),
    /** The call did not produce a Kartra reply: I/O failure, timeout, HTTP error status, or a body that is not a Kartra envelope. */
    TRANSPORT(true),
    /** A message type this version does not know. */
    UNKNOWN(false);

    private final boolean transientFailure;

    KartraErrorCategory(boolean transientFailure) {
        this.transientFailure = transientFailure;
    }

    /** Whether failures of this category can go away by themselves (and may be retried if the operation allows it). */
    public boolean isTransient() {
        return transientFailure;
    }
}
