package io.camelkartra.simulator.state;

import java.time.Instant;

/**
 * One outbound POST: {@code kind} is {@code webhook} or {@code ipn}, {@code action} the event name
 * or IPN {@code transaction_type}, {@code status} the receiver's HTTP status (-1 when the POST
 * failed, with {@code error} saying why), {@code body} what was posted.
 */
public record Delivery(Instant at, String kind, String url, String action, int status, String error, String body) {
}
