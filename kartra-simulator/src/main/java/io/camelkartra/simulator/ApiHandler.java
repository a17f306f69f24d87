package io.camelkartra.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.camelkartra.simulator.form.PhpArray;
import io.camelkartra.simulator.form.PhpFormParser;
import io.camelkartra.simulator.state.ApiRequest;
import io.camelkartra.simulator.state.CallProcessor;
import io.camelkartra.simulator.state.CallResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /api} (and {@code /api/}). In order: the body limit (413, nothing read beyond it), the
 * PHP form decoding (only {@code application/x-www-form-urlencoded} POST bodies fill {@code $_POST};
 * anything else is an empty form, as in PHP), the reply for this call (the first matching queued
 * {@link Reply}, else the fault plan's draw, which is made for every call so that the plan's sequence does
 * not depend on the queue), its delay, a reply that strikes before the command, the per-App rate limit
 * (429), the Kartra call itself, then a reply that strikes after it. A rejected request changes nothing.
 */
final class ApiHandler implements HttpHandler {

    private static final byte[] TOO_MANY_REQUESTS = Reply.TOO_MANY_REQUESTS_BODY.getBytes(StandardCharsets.UTF_8);
    /** What a reply cut before the command cuts in half: the command never produced a reply. */
    private static final byte[] INTERRUPTED_REPLY =
            "{\"status\":\"Error\",\"message\":\"Internal server error\"}".getBytes(StandardCharsets.UTF_8);

    private final boolean secure;
    private final CallProcessor processor;
    private final SimulatorSettings settings;
    private final RateLimiter rateLimiter;
    private final FaultInjector faults;
    private final ReplyQueue replies;
    private final CallLog calls;
    private final ObjectMapper json;
    private final Clock clock;

    ApiHandler(boolean secure, CallProcessor processor, SimulatorSettings settings, RateLimiter rateLimiter,
            FaultInjector faults, ReplyQueue replies, CallLog calls, ObjectMapper json, Clock clock) {
        this.secure = secure;
        this.processor = processor;
        this.settings = settings;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.replies = replies;
        this.calls = calls;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/api") || path.equals("/api/")) {
                handleApi(exchange);
            } else {
                HttpReplies.sendHtml(exchange, 404, HttpReplies.reason(404));
            }
        }
    }

    private void handleApi(HttpExchange exchange) throws IOException {
        byte[] body = RequestBodies.read(exchange, settings.maxBodyBytes());
        if (body == null) {
            record(received(exchange, new byte[0], new PhpArray(), false), 413, Outcome.BODY_TOO_LARGE, null, null);
            exchange.getResponseHeaders().set("Connection", "close");
            HttpReplies.sendHtml(exchange, 413, HttpReplies.reason(413));
            return;
        }
        boolean formPost = isFormPost(exchange);
        PhpArray form = formPost ? PhpFormParser.parse(body) : new PhpArray();
        RecordedRequest request = received(exchange, body, form, formPost);

        Reply planned = faults.next();
        Reply queued;
        try {
            queued = replies.take(request);
        } catch (IllegalStateException brokenCondition) {
            // a test's own predicate threw: say so to the client rather than pretend Kartra answered
            HttpReplies.send(exchange, 500, "text/plain; charset=utf-8",
                    brokenCondition.getMessage().getBytes(StandardCharsets.UTF_8));
            return;
        }
        Reply reply = queued != null ? queued : planned;
        if (!replies.hold(reply.delay())) {
            return;
        }
        if (reply.kind() != Reply.Kind.KARTRA && !reply.isAfterCommand()) {
            Outcome outcome = reply.kind() == Reply.Kind.SCRIPTED ? Outcome.SCRIPTED_REPLY : Outcome.FAULT_BEFORE_COMMAND;
            record(request, reply.status(), outcome, reply, null);
            strike(exchange, reply, INTERRUPTED_REPLY);
            return;
        }
        if (!rateLimiter.tryAcquire(form.text("app_id"), settings.rateLimit())) {
            if (queued != null) {
                replies.putBack(queued);
            }
            record(request, 429, Outcome.RATE_LIMITED, null, null);
            HttpReplies.send(exchange, 429, HttpReplies.JSON, TOO_MANY_REQUESTS);
            return;
        }
        String query = exchange.getRequestURI().getRawQuery();
        CallResult result = processor.process(new ApiRequest(form, request.commands(),
                query == null ? null : PhpFormParser.parse(query), secure, exchange.getRemoteAddress().getAddress(),
                new ApiRequest.Switches(settings.allowPlainHttp(), settings.typeAsNumber(), settings.stopOnActionFailure(),
                        settings.credentialsFromQuery())));
        ReplyShape shape = settings.replyShape();
        byte[] kartraReply = json.writeValueAsBytes(shape.render(result.reply()));
        if (reply.kind() != Reply.Kind.KARTRA) {
            record(request, reply.status(), Outcome.FAULT_AFTER_COMMAND, reply, result);
            strike(exchange, reply, kartraReply);
            return;
        }
        record(request, 200, result.success() ? Outcome.SUCCESS : Outcome.KARTRA_ERROR, null, result);
        HttpReplies.send(exchange, 200, shape.contentType(settings.replyContentType()), kartraReply);
    }

    private static boolean isFormPost(HttpExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        return exchange.getRequestMethod().equals("POST") && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static RecordedRequest received(HttpExchange exchange, byte[] body, PhpArray form, boolean formPost) {
        return new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Content-Type"), body, form, formPost,
                CallProcessor.submittedCommands(form));
    }

    /**
     * Logs the call. Each submitted command gets what Kartra did ({@code result}: not run past the steps that ran)
     * and what the client got: its own result when Kartra's reply went out intact, else the call's outcome.
     */
    private void record(RecordedRequest request, int status, Outcome outcome, Reply injected, CallResult result) {
        List<CallResult.Step> steps = result == null ? List.of() : result.steps();
        boolean intact = outcome == Outcome.SUCCESS || outcome == Outcome.KARTRA_ERROR;
        List<RecordedCall.Action> actions = new ArrayList<>(request.commands().size());
        for (int i = 0; i < request.commands().size(); i++) {
            CallResult.Step step = i < steps.size() ? steps.get(i) : null;
            Outcome done = step == null ? Outcome.NOT_RUN : step.success() ? Outcome.SUCCESS : Outcome.KARTRA_ERROR;
            actions.add(new RecordedCall.Action(request.commands().get(i), intact ? done : outcome, done,
                    step == null ? 0 : step.type()));
        }
        calls.record(sequence -> new RecordedCall(sequence, clock.instant(), request, status, outcome,
                result == null ? 0 : result.type(), result != null && result.executed(), Optional.ofNullable(injected),
                actions));
    }

    private void strike(HttpExchange exchange, Reply reply, byte[] kartraReply) throws IOException {
        reply.headers().forEach(exchange.getResponseHeaders()::set);
        switch (reply.kind()) {
            case SCRIPTED -> HttpReplies.send(exchange, reply.status(), reply.contentType(),
                    reply.body().getBytes(StandardCharsets.UTF_8));
            case TOO_MANY_REQUESTS -> HttpReplies.send(exchange, 429, HttpReplies.JSON, TOO_MANY_REQUESTS);
            case SERVER_ERROR, HTML_PAGE -> HttpReplies.sendHtml(exchange, reply.status(), HttpReplies.reason(reply.status()));
            case TRUNCATED -> HttpReplies.send(exchange, 200, settings.replyShape().contentType(settings.replyContentType()),
                    Arrays.copyOf(kartraReply, Math.max(1, kartraReply.length / 2)));
            // Closing before any response header was sent closes the connection: the client gets no reply.
            case RESET -> exchange.close();
            case HANG -> {
                replies.hold(null);
                exchange.close();
            }
            case KARTRA -> throw new IllegalStateException("Kartra's own reply is no fault");
        }
    }
}
