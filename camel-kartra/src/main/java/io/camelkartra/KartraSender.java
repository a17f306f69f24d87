package io.camelkartra;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelkartra.internal.KartraFormEncoder;
import io.camelkartra.internal.KartraHttpClient;
import io.camelkartra.internal.KartraHttpReply;
import io.camelkartra.internal.KartraTransportFailure;
import io.camelkartra.model.KartraInventory;
import io.camelkartra.model.KartraRequest;

/**
 * Sends one Kartra call: waits for a rate-limiter slot (scheduled, never blocking), posts the form, reads the reply,
 * and resends after a 429 when {@code rateLimitRetries} allows it. Calls that name account objects are checked
 * against the account's inventory first. The future always completes normally, with the
 * reply or with the failure in it, never on the caller's thread when a wait is involved.
 */
final class KartraSender {

    private final KartraEndpoint endpoint;
    private final KartraConfiguration configuration;
    private final KartraHttpClient client;
    private final KartraRateLimiter rateLimiter;
    private final KartraInventoryCache inventory;
    private final KartraInventoryCheck inventoryCheck;

    /**
     * @param inventory the account's inventory to check calls against, or null to send them unchecked
     */
    KartraSender(KartraEndpoint endpoint, KartraHttpClient client, KartraRateLimiter rateLimiter, KartraInventoryCache inventory) {
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        this.client = client;
        this.rateLimiter = rateLimiter;
        this.inventory = inventory;
        this.inventoryCheck = new KartraInventoryCheck(configuration.isValidateNames(),
                configuration.getUnknownCustomField() != KartraUnknownCustomField.warn);
    }

    /**
     * Sends the call; a call that names tags, lists, sequences or custom fields is first checked against the
     * account's inventory (waiting for it, without blocking, when it is not loaded yet) and is not sent when the check
     * fails.
     *
     * @param calls counts every HTTP request made
     */
    CompletableFuture<KartraReply> send(KartraOperation operation, KartraRequest request, boolean replaySafe, AtomicInteger calls) {
        if (inventory == null || !KartraInventoryCheck.concerns(request)) {
            return sendChecked(operation, request, replaySafe, calls, null);
        }
        return inventory.get(this, Duration.ofMillis(configuration.getInventoryRefreshInterval())).thenCompose(known -> {
            if (known == null) {
                return sendChecked(operation, request, replaySafe, calls, null);
            }
            KartraRequest checked;
            try {
                checked = inventoryCheck.apply(request, known);
            } catch (KartraException e) {
                return CompletableFuture.completedFuture(new KartraReply(null, null, e));
            }
            return sendChecked(operation, checked, replaySafe, calls, known);
        });
    }

    /** The sender's view of the account's inventory, or null when this endpoint does not use one. */
    KartraInventoryCache inventory() {
        return inventory;
    }

    private CompletableFuture<KartraReply> sendChecked(KartraOperation operation, KartraRequest request, boolean replaySafe,
            AtomicInteger calls, KartraInventory checkedAgainst) {
        KartraCall call = new KartraCall(operation, request.getCommands(), replaySafe);
        String body = KartraFormEncoder.encode(endpoint.credentials(), request);
        CompletableFuture<KartraReply> reply = attempt(call, body, configuration.getRateLimitRetries(), calls);
        if (inventory == null) {
            return reply;
        }
        return reply.thenApply(result -> {
            if (result.failed() && checkedAgainst != null && KartraInventoryCheck.isUnknownNameType(result.failure().getType())) {
                inventory.nameDenied(checkedAgainst, this);
            } else if (!result.failed() && call.commands().contains(KartraOperation.createCustomField.getCommand())) {
                inventory.invalidate();
            }
            return result;
        });
    }

    private CompletableFuture<KartraReply> attempt(KartraCall call, String body, int retriesLeft, AtomicInteger calls) {
        return slot(call).handle((granted, failure) -> refusal(call, granted, failure))
                .thenCompose(notSent -> {
                    if (notSent != null) {
                        return CompletableFuture.completedFuture(new KartraReply(null, null, notSent));
                    }
                    calls.incrementAndGet();
                    return client.post(endpoint.serviceUri(), body, Duration.ofMillis(configuration.getRequestTimeout()))
                            .handle((httpReply, failure) -> read(call, httpReply, failure))
                            .thenCompose(reply -> retryAfterRateLimit(call, body, retriesLeft, calls, reply));
                });
    }

    /** Why the limiter's answer forbids sending the call, or null when it may be sent. */
    private KartraException refusal(KartraCall call, Boolean granted, Throwable failure) {
        if (failure != null) {
            return KartraFailures.rateLimiterFailed(call, failure);
        }
        if (!Boolean.TRUE.equals(granted)) {
            return KartraFailures.rateLimited(call, "no rate-limit slot within rateLimitMaxWait ("
                                                    + configuration.getRateLimitMaxWait() + " ms); not sent", 0, null, null);
        }
        return null;
    }

    /** The limiter's answer; a limiter that throws or fails its future (a custom one over a store, say) fails the future. */
    private CompletableFuture<Boolean> slot(KartraCall call) {
        if (rateLimiter == null) {
            return CompletableFuture.completedFuture(true);
        }
        try {
            return rateLimiter.acquire(endpoint.getConfiguration().getAppId(), Duration.ofMillis(configuration.getRateLimitMaxWait()));
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<KartraReply> retryAfterRateLimit(KartraCall call, String body, int retriesLeft, AtomicInteger calls,
            KartraReply reply) {
        if (retriesLeft <= 0 || !(reply.failure() instanceof KartraRateLimitException limited) || limited.getHttpStatus() != 429) {
            return CompletableFuture.completedFuture(reply);
        }
        CompletableFuture<KartraReply> retried = new CompletableFuture<>();
        endpoint.getComponent().scheduler().schedule(
                () -> attempt(call, body, retriesLeft - 1, calls).whenComplete((next, failure) -> {
                    if (failure != null) {
                        retried.completeExceptionally(failure);
                    } else {
                        retried.complete(next);
                    }
                }),
                limited.getRetryAfter().toMillis(), TimeUnit.MILLISECONDS);
        return retried;
    }

    private KartraReply read(KartraCall call, KartraHttpReply httpReply, Throwable failure) {
        if (failure == null) {
            return KartraResponseParser.read(call, httpReply.status(), httpReply.retryAfter(), httpReply.body(), endpoint.credentials());
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        KartraException exception = cause instanceof KartraTransportFailure transport
                ? KartraFailures.transport(call, transport.getMessage(), 0, null, transport.getCause(), transport.mayHaveReachedKartra())
                : KartraFailures.transport(call, String.valueOf(cause), 0, null, cause, true);
        return new KartraReply(null, null, exception);
    }
}
