package io.camelkartra;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelkartra.internal.KartraCredentials;
import io.camelkartra.internal.KartraFormEncoder;
import io.camelkartra.internal.KartraHttpClient;
import io.camelkartra.internal.KartraHttpResponse;
import io.camelkartra.internal.KartraTransportFailure;

/**
 * Sends a call that passed its checks: waits for the rate limiter's slot (scheduled, never blocking), writes the form,
 * posts it on the shared HTTP client, and reads the response; after a 429 it sends again when {@code rateLimitRetries}
 * allows it. The future always completes normally, with the outcome, never on the caller's thread when a wait is
 * involved.
 */
final class KartraSender {

    /** Where and how calls are sent: the endpoint's settings, fixed when its producer starts. */
    record Settings(KartraHttpClient.Target target, KartraCredentials credentials, String appId, Duration rateLimitMaxWait,
            int rateLimitRetries) {
    }

    private final Settings settings;
    private final KartraHttpClient client;
    private final KartraRateLimiter rateLimiter;
    private final ScheduledExecutorService scheduler;
    private final KartraCallObserver observer;

    /**
     * @param rateLimiter the limiter every call passes, or null when rate limiting is off
     * @param observer    told of the limiter's answer, the post and its end
     */
    KartraSender(Settings settings, KartraHttpClient client, KartraRateLimiter rateLimiter, ScheduledExecutorService scheduler,
            KartraCallObserver observer) {
        this.settings = settings;
        this.client = client;
        this.rateLimiter = rateLimiter;
        this.scheduler = scheduler;
        this.observer = observer;
    }

    /** @param calls counts every HTTP request made */
    CompletableFuture<KartraOutcome> send(KartraCall call, AtomicInteger calls) {
        String body = KartraFormEncoder.encode(settings.credentials(), call.request(), call.leadFieldOrder());
        return attempt(call, body, settings.rateLimitRetries(), calls);
    }

    private CompletableFuture<KartraOutcome> attempt(KartraCall call, String body, int retriesLeft, AtomicInteger calls) {
        long asked = System.nanoTime();
        CompletableFuture<Boolean> slot = slot();
        boolean waits = !slot.isDone();
        if (waits) {
            observer.waitingForSlot();
        }
        return slot.handle((granted, failure) -> {
            KartraException notSent = refusal(call, granted, failure);
            if (rateLimiter != null) {
                observer.slotAnswered(call, waits, System.nanoTime() - asked, notSent);
            }
            return notSent;
        }).thenCompose(notSent -> {
            if (notSent != null) {
                return CompletableFuture.completedFuture(KartraOutcome.failed(notSent));
            }
            calls.incrementAndGet();
            observer.sending(call);
            long sent = System.nanoTime();
            return client.post(settings.target(), body)
                    .handle((response, failure) -> read(call, response, failure, sent))
                    .thenCompose(outcome -> retryAfterRateLimit(call, body, retriesLeft, calls, outcome));
        });
    }

    /** The limiter's answer; a limiter that throws or fails its future (a custom one over a store, say) fails the future. */
    private CompletableFuture<Boolean> slot() {
        if (rateLimiter == null) {
            return CompletableFuture.completedFuture(true);
        }
        try {
            return rateLimiter.acquire(settings.appId(), settings.rateLimitMaxWait());
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Why the limiter's answer forbids sending the call, or null when it may be sent. */
    private KartraException refusal(KartraCall call, Boolean granted, Throwable failure) {
        if (failure != null) {
            return KartraFailures.rateLimiterFailed(call, failure);
        }
        if (!Boolean.TRUE.equals(granted)) {
            return KartraFailures.rateLimited(call, "no rate-limit slot within rateLimitMaxWait ("
                                                    + settings.rateLimitMaxWait().toMillis() + " ms); not sent", 0, null, null);
        }
        return null;
    }

    private KartraOutcome read(KartraCall call, KartraHttpResponse response, Throwable failure, long sent) {
        if (failure == null) {
            KartraOutcome outcome = KartraResponseReader.read(call, response.status(), response.retryAfter(), response.body(),
                    settings.credentials());
            observer.answered(call, KartraCallResult.answered(outcome), outcome, System.nanoTime() - sent);
            return outcome;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        boolean maybeSent = !(cause instanceof KartraTransportFailure transport) || transport.mayHaveReachedKartra();
        KartraException exception = cause instanceof KartraTransportFailure transport
                ? KartraFailures.transport(call, transport.getMessage(), 0, null, transport.getCause(), maybeSent)
                : KartraFailures.transport(call, String.valueOf(cause), 0, null, cause, maybeSent);
        KartraOutcome outcome = KartraOutcome.failed(exception);
        observer.answered(call, maybeSent ? KartraCallResult.MAYBE_SENT : KartraCallResult.NOT_SENT, outcome, System.nanoTime() - sent);
        return outcome;
    }

    private CompletableFuture<KartraOutcome> retryAfterRateLimit(KartraCall call, String body, int retriesLeft, AtomicInteger calls,
            KartraOutcome outcome) {
        if (retriesLeft <= 0 || !(outcome.failure() instanceof KartraRateLimitException limited) || limited.getHttpStatus() != 429) {
            return CompletableFuture.completedFuture(outcome);
        }
        CompletableFuture<KartraOutcome> retried = new CompletableFuture<>();
        scheduler.schedule(() -> attempt(call, body, retriesLeft - 1, calls).whenComplete((next, failure) -> {
            if (failure != null) {
                retried.completeExceptionally(failure);
            } else {
                retried.complete(next);
            }
        }), limited.getRetryAfter().toMillis(), TimeUnit.MILLISECONDS);
        return retried;
    }
}
