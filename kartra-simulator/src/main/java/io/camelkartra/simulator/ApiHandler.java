package io.camelkartra.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.camelkartra.simulator.api.ApiRequest;
import io.camelkartra.simulator.api.CallProcessor;
import io.camelkartra.simulator.api.CallResult;
import io.camelkartra.simulator.form.PhpArray;
import io.camelkartra.simulator.form.PhpFormParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /api} (and {@code /api/}). In order: the body limit (413, nothing read beyond it), the
 * PHP form decoding (only {@code application/x-www-form-urlencoded} POST bodies fill {@code $_POST};
 * anything else is an empty form, as in PHP), injected faults that strike before the command (latency,
 * 429 bursts, 5xx, and the "before" share of resets/truncated/HTML), the per-App rate limit (429), the
 * Kartra call itself, then the faults that strike after it. A rejected request changes nothing.
 */
final class ApiHandler implements HttpHandler {

    private static final byte[] TOO_MANY_REQUESTS =
            "{\"status\":\"Error\",\"message\":\"Too many requests\"}".getBytes(StandardCharsets.UTF_8);
    /** What a fault that strikes before the command cuts in half: the command never produced a reply. */
    private static final byte[] INTERRUPTED_REPLY =
            "{\"status\":\"Error\",\"message\":\"Internal server error\"}".getBytes(StandardCharsets.UTF_8);

    private final boolean secure;
    private final CallProcessor processor;
    private final SimulatorSettings settings;
    private final RateLimiter rateLimiter;
    private final FaultInjector faults;
    private final CallLog calls;
    private final ObjectMapper json;
    private final Clock clock;

    ApiHandler(boolean secure, CallProcessor processor, SimulatorSettings settings, RateLimiter rateLimiter,
            FaultInjector faults, CallLog calls, ObjectMapper json, Clock clock) {
        this.secure = secure;
        this.processor = processor;
        this.settings = settings;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
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
            recordDisturbed("", List.of(), "http:413", List.of(), false);
            exchange.getResponseHeaders().set("Connection", "close");
            HttpReplies.sendHtml(exchange, 413, HttpReplies.reason(413));
            return;
        }
        PhpArray form = isFormPost(exchange) ? PhpFormParser.parse(body) : new PhpArray();
        List<String> commands = CallProcessor.submittedCommands(form);
        String appId = form.text("app_id");

        Fault fault = faults.next();
        pause(fault.delay());
        if (fault.strikesBefore()) {
            recordDisturbed(appId, commands, fault.outcome(), List.of(), false);
            strike(exchange, fault, INTERRUPTED_REPLY);
            return;
        }
        if (!rateLimiter.tryAcquire(appId, settings.rateLimit())) {
            recordDisturbed(appId, commands, "http:429", List.of(), false);
            HttpReplies.send(exchange, 429, HttpReplies.JSON, TOO_MANY_REQUESTS);
            return;
        }
        String query = exchange.getRequestURI().getRawQuery();
        CallResult result = processor.process(new ApiRequest(form, commands,
                query == null ? null : PhpFormParser.parse(query), secure, exchange.getRemoteAddress().getAddress()));
        byte[] reply = json.writeValueAsBytes(result.reply());
        if (fault.strikesAfter()) {
            recordDisturbed(appId, commands, fault.outcome(), result.results(), result.executed());
            strike(exchange, fault, reply);
            return;
        }
        record(appId, commands, null, result.results(), result.outcome(), result.executed());
        HttpReplies.send(exchange, 200, settings.replyContentType(), reply);
    }

    private static boolean isFormPost(HttpExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        return exchange.getRequestMethod().equals("POST") && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** Logs a request whose reply the client did not get intact: every action's outcome is {@code label}. */
    private void recordDisturbed(String appId, List<String> commands, String label, List<String> results, boolean executed) {
        record(appId, commands, label, results, label, executed);
    }

    /**
     * Logs the request. Each submitted command gets its client-visible outcome ({@code label}, or its
     * own result when the reply went out intact) and its result ({@code not-run} past the results).
     */
    private void record(String appId, List<String> commands, String label, List<String> results, String outcome,
            boolean executed) {
        List<String> cmds = commands.isEmpty() ? List.of(CallLog.NO_COMMAND) : commands;
        List<CallLog.Action> actions = new ArrayList<>(cmds.size());
        for (int i = 0; i < cmds.size(); i++) {
            String result = i < results.size() ? results.get(i) : CallLog.NOT_RUN;
            actions.add(new CallLog.Action(cmds.get(i), label != null ? label : result, result));
        }
        calls.record(clock.instant(), appId, actions, outcome, executed);
    }

    private void strike(HttpExchange exchange, Fault fault, byte[] reply) throws IOException {
        switch (fault.kind()) {
            case TOO_MANY_REQUESTS -> HttpReplies.send(exchange, 429, HttpReplies.JSON, TOO_MANY_REQUESTS);
            case SERVER_ERROR, HTML_PAGE -> HttpReplies.sendHtml(exchange, fault.status(), HttpReplies.reason(fault.status()));
            case TRUNCATED_JSON -> HttpReplies.send(exchange, 200, settings.replyContentType(),
                    Arrays.copyOf(reply, Math.max(1, reply.length / 2)));
            // Closing before any response header was sent closes the connection: the client gets no reply.
            case RESET -> exchange.close();
            case NONE -> throw new IllegalStateException("no fault to strike");
        }
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
