package io.camelkartra;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import io.camelkartra.internal.KartraCredentials;
import io.camelkartra.model.KartraActionResult;
import io.camelkartra.model.KartraResponse;

/** Builds the typed exception for each kind of failure, with the retry decision that goes with it. */
final class KartraFailures {

    /** Kartra asks clients to wait one second after a 429; the same is suggested before retrying a transport failure. */
    static final Duration RETRY_DELAY = Duration.ofSeconds(1);

    private KartraFailures() {
    }

    /** The exception class of a category. */
    static KartraException create(KartraException.Details details) {
        return switch (details.category()) {
            case AUTHENTICATION -> new KartraAuthenticationException(details);
            case APP -> new KartraAppException(details);
            case MALFORMED_REQUEST -> new KartraMalformedRequestException(details);
            case LEAD_NOT_FOUND -> new KartraLeadNotFoundException(details);
            case LEAD_EXISTS -> new KartraLeadExistsException(details);
            case NOT_FOUND -> new KartraNotFoundException(details);
            case VALIDATION -> new KartraValidationException(details);
            case REJECTED -> new KartraRejectedException(details);
            case RATE_LIMIT -> new KartraRateLimitException(details);
            case TRANSPORT -> new KartraTransportException(details);
            case NONE, UNKNOWN -> new KartraException(details);
        };
    }

    /**
     * The exception for a response that is a Kartra envelope with an error in it: the envelope's, else the first
     * failing action's. Kartra's message text is masked like the raw reply, should it ever echo a credential.
     */
    static KartraException fromResponse(KartraCall call, KartraResponse response, String raw, KartraCredentials credentials) {
        if (!response.isEnvelopeSuccess()) {
            String command = blamedCommand(call, response.getType());
            boolean generic = KartraMessageType.ofErrorCode(response.getType()).map(t -> t.operations().isEmpty()).orElse(false);
            int index = command == null || generic ? -1 : call.commands().indexOf(command);
            return kartraError(response.getType(), redact(response.getMessage(), credentials), command, index, response, raw);
        }
        KartraActionResult action = response.getFirstFailedAction().orElseThrow(
                () -> new IllegalArgumentException("a response without a failure: " + response));
        return kartraError(action.getType(), redact(action.getMessage(), credentials), action.getCommand(), action.getIndex(), response,
                raw);
    }

    private static String redact(String text, KartraCredentials credentials) {
        return text == null || credentials == null ? text : credentials.redact(text);
    }

    /** A failure found before sending, reported with the type Kartra would have answered. */
    static KartraException beforeSending(KartraMessageType type, String explanation, String command) {
        KartraException.Details details = new KartraException.Details(type.getCategory())
                .type(type.getCode())
                .kartraMessage(type.getMessage() + ": " + explanation)
                .command(command);
        return create(details);
    }

    /** Kartra answered 429, or the client-side limiter gave up: nothing was done, so a later try is always safe. */
    static KartraRateLimitException rateLimited(KartraCall call, String message, int httpStatus, Duration retryAfter, String raw) {
        return (KartraRateLimitException) create(new KartraException.Details(KartraErrorCategory.RATE_LIMIT)
                .kartraMessage(message)
                .command(call.singleCommand())
                .httpStatus(httpStatus)
                .retryable(true)
                .retryAfter(retryAfter == null ? RETRY_DELAY : retryAfter)
                .rawResponse(raw));
    }

    /**
     * The rate limiter failed instead of answering (a custom limiter's store is down, say): the call was not sent, so
     * a later try is safe.
     */
    static KartraRateLimitException rateLimiterFailed(KartraCall call, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return (KartraRateLimitException) create(new KartraException.Details(KartraErrorCategory.RATE_LIMIT)
                .kartraMessage("the rate limiter failed (" + cause.getClass().getSimpleName() + "); not sent")
                .command(call.singleCommand())
                .retryable(true)
                .retryAfter(RETRY_DELAY)
                .cause(cause));
    }

    /**
     * No Kartra reply. When the request certainly never reached Kartra (the connection was not made) a retry is
     * safe for any operation; otherwise Kartra may have acted, and only replay-safe calls are retryable.
     */
    static KartraTransportException transport(KartraCall call, String message, int httpStatus, String raw,
            Throwable cause, boolean requestSent) {
        return (KartraTransportException) create(new KartraException.Details(KartraErrorCategory.TRANSPORT)
                .kartraMessage(message)
                .command(call.singleCommand())
                .httpStatus(httpStatus)
                .retryable(!requestSent || call.replaySafe())
                .retryAfter(!requestSent || call.replaySafe() ? RETRY_DELAY : null)
                .rawResponse(raw)
                .cause(cause));
    }

    /**
     * An HTTP error status instead of a Kartra reply (Kartra itself answers 200 to everything but rate limiting).
     * Server errors and 408 may go away, and are retryable where replay is safe; other statuses (a proxy's 403, a
     * wrong URL's 404) repeat until the configuration changes.
     */
    static KartraTransportException httpError(KartraCall call, int httpStatus, String raw) {
        boolean transientStatus = httpStatus >= 500 || httpStatus == 408;
        return (KartraTransportException) create(new KartraException.Details(KartraErrorCategory.TRANSPORT)
                .kartraMessage("HTTP " + httpStatus + " instead of a Kartra reply")
                .command(call.singleCommand())
                .httpStatus(httpStatus)
                .retryable(transientStatus && call.replaySafe())
                .retryAfter(transientStatus && call.replaySafe() ? RETRY_DELAY : null)
                .rawResponse(raw));
    }

    private static KartraException kartraError(int type, String message, String command, int index, KartraResponse response, String raw) {
        Optional<KartraMessageType> known = KartraMessageType.ofErrorCode(type);
        KartraException.Details details = new KartraException.Details(
                known.map(KartraMessageType::getCategory).orElse(KartraErrorCategory.UNKNOWN))
                .type(type)
                .kartraMessage(message != null ? message : known.map(KartraMessageType::getMessage).orElse("(no message)"))
                .command(command)
                .actionIndex(index)
                .retryable(known.map(KartraMessageType::isRetryable).orElse(false))
                .response(response)
                .rawResponse(raw);
        return create(details);
    }

    /**
     * A call-level error names no action: blame the one command of the chain that the catalogue says answers this
     * type (244 belongs to create_lead), else the only command sent.
     */
    private static String blamedCommand(KartraCall call, int type) {
        Optional<KartraMessageType> known = KartraMessageType.ofErrorCode(type);
        if (known.isPresent() && known.get().operations().isEmpty()) {
            return call.singleCommand();
        }
        if (known.isPresent()) {
            String match = null;
            for (String command : call.commands()) {
                if (KartraOperation.ofCommand(command).filter(known.get().operations()::contains).isPresent()) {
                    if (match != null) {
                        return null;
                    }
                    match = command;
                }
            }
            if (match != null) {
                return match;
            }
        }
        return call.singleCommand();
    }
}
