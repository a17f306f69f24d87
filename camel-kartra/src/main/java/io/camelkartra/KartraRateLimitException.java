package io.camelkartra;

/**
 * Too many requests: Kartra answered HTTP 429 (20 calls per second per App), or the component's own rate limiter could not get a slot within its bounded wait. Always safe to retry after {@link #getRetryAfter()}: Kartra did nothing.
 */
public class KartraRateLimitException extends KartraException {

    private static final long serialVersionUID = 1L;

    public KartraRateLimitException(Details details) {
        super(details);
    }
}
