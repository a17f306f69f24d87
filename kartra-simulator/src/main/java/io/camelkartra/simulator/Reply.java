package io.camelkartra.simulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What one call to {@code /api} gets back, queued with {@link KartraSimulator#enqueue(Reply...)}: a canned
 * reply or a fault, as MockWebServer's {@code enqueue} does. Each queued reply is used by one call, in the
 * order queued; a reply scoped with {@link #forCommand(String)} or {@link #when(Predicate)} waits for a call
 * that matches and lets the others pass. When no queued reply matches, the simulator answers as Kartra would.
 *
 * <pre>{@code
 * sim.enqueue(Reply.tooManyRequests().header("Retry-After", "2"),   // the next call: HTTP 429
 *         Reply.reset().afterCommand());                            // the one after: runs, then the reply is lost
 * sim.enqueue(Reply.json("{\"status\":\"Error\",\"message\":\"Tag does not exist\",\"type\":\"212\"}")
 *         .forCommand("assign_tag"));                               // the next assign_tag call
 * }</pre>
 *
 * By default a reply replaces Kartra's before anything runs: no rate-limit token is taken and nothing changes.
 * With {@link #afterCommand()} the call first goes through the rate limit, Kartra's checks and its actions (state
 * changes, webhooks go out), and only then does this reply replace Kartra's: the client does not learn what
 * happened. A queued reply is immutable; each method returns a changed copy, so one can be queued many times.
 */
public final class Reply {

    /** What a reply does to the call. */
    public enum Kind {
        /** Kartra's own reply ({@link #kartra()}), possibly {@link #delayed(Duration) late}. */
        KARTRA,
        /** A given status, content type and body ({@link #json(String)}, {@link #raw(int, String, String)}). */
        SCRIPTED,
        /** HTTP 429 with the body of the simulator's rate limiter. */
        TOO_MANY_REQUESTS,
        /** An nginx-style HTML error page with a 5xx status. */
        SERVER_ERROR,
        /** An nginx-style HTML page with any status, as a proxy in front of Kartra sends. */
        HTML_PAGE,
        /** HTTP 200 with the first half of the reply (Kartra's own after the command, a generic error before). */
        TRUNCATED,
        /** The connection closed before any byte of a reply. */
        RESET,
        /** No reply at all: the call is held until the client gives up, or until {@code reset()} or {@code stop()}. */
        HANG
    }

    static final String TOO_MANY_REQUESTS_BODY = "{\"status\":\"Error\",\"message\":\"Too many requests\"}";

    private final Kind kind;
    private final int status;
    private final String contentType;
    private final String body;
    private final Map<String, String> headers;
    private final Duration delay;
    private final boolean afterCommand;
    private final String command;
    private final Predicate<RecordedRequest> condition;

    private Reply(Kind kind, int status, String contentType, String body, Map<String, String> headers, Duration delay,
            boolean afterCommand, String command, Predicate<RecordedRequest> condition) {
        this.kind = kind;
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.headers = headers;
        this.delay = delay;
        this.afterCommand = afterCommand;
        this.command = command;
        this.condition = condition;
    }

    private static Reply of(Kind kind, int status, String contentType, String body) {
        return new Reply(kind, status, contentType, body, Map.of(), Duration.ZERO, false, null, null);
    }

    /** Kartra's own reply: the call runs as usual. Useful {@link #delayed(Duration) delayed}, or to let one call pass. */
    public static Reply kartra() {
        return of(Kind.KARTRA, 200, null, null);
    }

    /** HTTP 200, {@code application/json}, with this text: any Kartra reply, well-formed or not. Nothing runs. */
    public static Reply json(String body) {
        return raw(200, "application/json", body);
    }

    /** Any status, content type and body. Nothing runs. */
    public static Reply raw(int status, String contentType, String body) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status, got " + status);
        }
        return of(Kind.SCRIPTED, status, Objects.requireNonNull(contentType, "contentType"), Objects.requireNonNull(body, "body"));
    }

    /** HTTP 429 with the rate limiter's JSON body; add {@code header("Retry-After", "2")} if the test needs one. */
    public static Reply tooManyRequests() {
        return of(Kind.TOO_MANY_REQUESTS, 429, "application/json", TOO_MANY_REQUESTS_BODY);
    }

    /** An nginx-style HTML error page with this 5xx status (500, 502, 503, 504…). */
    public static Reply serverError(int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("a server error is a 5xx status, got " + status);
        }
        return of(Kind.SERVER_ERROR, status, null, null);
    }

    /** An nginx-style HTML page, {@code text/html}, with any status (Kartra has been seen answering HTML with 200). */
    public static Reply htmlPage(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status, got " + status);
        }
        return of(Kind.HTML_PAGE, status, null, null);
    }

    /** HTTP 200 with the reply cut in the middle (with a matching {@code Content-Length}). */
    public static Reply truncated() {
        return of(Kind.TRUNCATED, 200, null, null);
    }

    /** The connection closed before any byte of a reply (a FIN, not a TCP RST). */
    public static Reply reset() {
        return of(Kind.RESET, 0, null, null);
    }

    /** No reply: the call is held until the client gives up, or until the simulator is reset or stopped. */
    public static Reply hang() {
        return of(Kind.HANG, 0, null, null);
    }

    /**
     * Runs the call first (rate limit, Kartra's checks, the actions, their webhooks), then answers with this reply
     * instead of Kartra's: the state changed and the client does not learn it. {@code reset().afterCommand()} is the
     * lost reply that makes blind retries dangerous.
     */
    public Reply afterCommand() {
        if (kind == Kind.KARTRA) {
            throw new IllegalStateException("Reply.kartra() already runs the command");
        }
        return new Reply(kind, status, contentType, body, headers, delay, true, command, condition);
    }

    /** Waits this long before anything else happens (the call is held; {@code reset()} and {@code stop()} end it). */
    public Reply delayed(Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        return new Reply(kind, status, contentType, body, headers, value, afterCommand, command, condition);
    }

    /** Adds a response header, for example {@code Retry-After}. Not for resets and hangs, which send no header. */
    public Reply header(String name, String value) {
        if (kind == Kind.KARTRA || kind == Kind.RESET || kind == Kind.HANG) {
            throw new IllegalStateException(kind + " sends no header of its own");
        }
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new Reply(kind, status, contentType, body, Map.copyOf(more), delay, afterCommand, command, condition);
    }

    /** Only a call that submits this {@code cmd} (as any action, or {@code get_lead}) uses this reply. */
    public Reply forCommand(String cmd) {
        return new Reply(kind, status, contentType, body, headers, delay, afterCommand, Objects.requireNonNull(cmd, "cmd"),
                condition);
    }

    /** Only a call whose request matches uses this reply (combined with {@link #forCommand(String)} if both are set). */
    public Reply when(Predicate<RecordedRequest> requestMatches) {
        return new Reply(kind, status, contentType, body, headers, delay, afterCommand, command,
                Objects.requireNonNull(requestMatches, "requestMatches"));
    }

    /** Whether this reply is for {@code request}. */
    boolean matches(RecordedRequest request) {
        return (command == null || request.commands().contains(command)) && (condition == null || condition.test(request));
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status the client gets; 0 for {@link Kind#RESET} and {@link Kind#HANG}; 200 for {@link Kind#KARTRA}. */
    public int status() {
        return status;
    }

    /** The scripted content type, or null where the kind decides it. */
    public String contentType() {
        return contentType;
    }

    /** The scripted body, or null where the kind decides it. */
    public String body() {
        return body;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Duration delay() {
        return delay;
    }

    public boolean isAfterCommand() {
        return afterCommand;
    }

    /** Whether anything of the call runs before this reply goes out. */
    boolean runsCommand() {
        return kind == Kind.KARTRA || afterCommand;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Reply[").append(kind);
        if (status > 0 && kind != Kind.KARTRA) {
            text.append(' ').append(status);
        }
        if (afterCommand) {
            text.append(", after the command");
        }
        if (!delay.isZero()) {
            text.append(", delayed ").append(delay);
        }
        if (command != null) {
            text.append(", for ").append(command);
        }
        if (condition != null) {
            text.append(", when matched");
        }
        return text.append(']').toString();
    }
}
