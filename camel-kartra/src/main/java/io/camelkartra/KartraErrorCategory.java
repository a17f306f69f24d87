package io.camelkartra;

/**
 * What kind of failure a Kartra reply or a call represents. Each category has its own exception class, so a
 * route can write {@code onException(KartraNotFoundException.class)} without inspecting the message type.
 */
public enum KartraErrorCategory {

    /** Not an error: the catalogue's success messages carry this category. */
    NONE,
    /** The App user's credentials or account: 201, 202, 203, 233, 204. */
    AUTHENTICATION,
    /** The App itself: unknown or inactive App, developer account inactive, IP not allowed, command not allowed. */
    APP,
    /** The request's structure: no cmd, no lead identity, lead/get_lead/actions not arrays. */
    MALFORMED_REQUEST,
    /** The lead the call names does not exist or is deleted. */
    LEAD_NOT_FOUND,
    /** create_lead for an email that already has a lead. */
    LEAD_EXISTS,
    /** A named object (tag, list, sequence, step, calendar, class, transaction, subscription) does not exist. */
    NOT_FOUND,
    /** A parameter is empty or malformed. */
    VALIDATION,
    /** The request was valid but Kartra refused it by a business rule (already refunded, PayPal, cancelled...). */
    REJECTED,
    /** Too many requests: Kartra's 20 calls per second per App, or our own client-side limiter's bounded wait. */
    RATE_LIMIT,
    /** The call did not produce a Kartra reply: I/O failure, timeout, HTTP error status, or a body that is not a Kartra envelope. */
    TRANSPORT,
    /** A message type this version does not know. */
    UNKNOWN
}
