package io.camelkartra.internal;

/** The HTTP response as the transport received it: the status, the Retry-After header (or null) and the body bytes. */
public record KartraHttpResponse(int status, String retryAfter, byte[] body) {
}
