package io.camelkartra.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The simulator's own JSON API under {@code /_admin/}: seeding, read-back, call log, faults,
 * outbound targets, simulated events, reset. Never subject to faults or the rate limit. Errors are
 * {@code {"error":"…"}} with 400 (bad input), 404 (unknown path or object), 405, or 409 (a state
 * that does not allow it). The routes are in {@link AdminRoutes}.
 */
final class AdminHandler implements HttpHandler {

    static final String PREFIX = "/_admin";

    /** One admin operation; returns what is sent back as JSON. */
    @FunctionalInterface
    interface Operation {
        Object run(AdminRequest request) throws Exception;
    }

    private record Route(String method, String[] pattern, Operation operation) {
    }

    private final ObjectMapper json;
    private final KartraSimulator simulator;
    private final List<Route> routes = new ArrayList<>();

    AdminHandler(KartraSimulator simulator, ObjectMapper json) {
        this.simulator = simulator;
        this.json = json;
        new AdminRoutes(simulator).register(this);
    }

    /** Adds a route; {@code {name}} segments of {@code path} become path parameters. */
    void route(String method, String path, Operation operation) {
        routes.add(new Route(method, segments(path), operation));
    }

    private static String[] segments(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String rawPath = exchange.getRequestURI().getRawPath().substring(PREFIX.length());
            String[] parts = Arrays.stream(rawPath.split("/")).filter(s -> !s.isEmpty())
                    .map(s -> URLDecoder.decode(s, StandardCharsets.UTF_8)).toArray(String[]::new);
            boolean pathKnown = false;
            for (Route route : routes) {
                Map<String, String> params = match(route.pattern(), parts);
                if (params == null) {
                    continue;
                }
                pathKnown = true;
                if (route.method().equals(exchange.getRequestMethod())) {
                    respond(exchange, route, params);
                    return;
                }
            }
            sendError(exchange, pathKnown ? 405 : 404, pathKnown ? "method not allowed" : "no such admin path");
        }
    }

    private void respond(HttpExchange exchange, Route route, Map<String, String> params) throws IOException {
        Object result;
        try {
            result = route.operation().run(new AdminRequest(params, body(exchange)));
        } catch (IllegalArgumentException | JsonProcessingException e) {
            sendError(exchange, 400, e.getMessage());
            return;
        } catch (NoSuchElementException e) {
            sendError(exchange, 404, e.getMessage());
            return;
        } catch (IllegalStateException e) {
            sendError(exchange, 409, e.getMessage());
            return;
        } catch (Exception e) {
            sendError(exchange, 500, e.toString());
            return;
        }
        HttpReplies.send(exchange, 200, HttpReplies.JSON, json.writeValueAsBytes(result));
    }

    private JsonNode body(HttpExchange exchange) throws IOException {
        byte[] bytes = RequestBodies.read(exchange, simulator.settings().maxBodyBytes());
        if (bytes == null) {
            throw new IllegalArgumentException("body too large");
        }
        if (bytes.length == 0) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode node = json.readTree(bytes);
        if (!node.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object");
        }
        return node;
    }

    private static Map<String, String> match(String[] pattern, String[] parts) {
        if (pattern.length != parts.length) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].startsWith("{")) {
                params.put(pattern[i].substring(1, pattern[i].length() - 1), parts[i]);
            } else if (!pattern[i].equals(parts[i])) {
                return null;
            }
        }
        return params;
    }

    private void sendError(HttpExchange exchange, int status, String message) throws IOException {
        HttpReplies.send(exchange, status, HttpReplies.JSON,
                json.writeValueAsBytes(Map.of("error", message == null ? "error" : message)));
    }
}
