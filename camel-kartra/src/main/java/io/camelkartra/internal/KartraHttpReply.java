package io.camelkartra.internal;

/** What came back over HTTP: the status, the Retry-After header (or null) and the body bytes. */
public record KartraHttpReply(int status, String retryAfter, byte[] body) {
}
