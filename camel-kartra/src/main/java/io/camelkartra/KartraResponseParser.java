package io.camelkartra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelkartra.KartraCommand.Result;
import io.camelkartra.internal.KartraCredentials;
import io.camelkartra.internal.KartraJson;
import io.camelkartra.model.KartraActionResult;
import io.camelkartra.model.KartraPage;
import io.camelkartra.model.KartraResponse;

/**
 * Reads whatever came back from a Kartra call: the envelope {@code {status, message, type}} ({@code type} as a string
 * or a number), per-action results ({@code actions[i].<cmd>}, or the bare {@code {"<cmd>": {...}}} some Kartra pages
 * show), top-level data ({@code lead_details}, {@code account_tags}, ...), and everything that is not a Kartra
 * envelope: HTTP 429 and other error statuses, HTML pages, empty or truncated bodies.
 */
final class KartraResponseParser {

    /** How much of a raw reply an exception keeps. */
    public static final int RAW_LIMIT = 4096;

    private static final ObjectMapper MAPPER = KartraJson.mapper();

    private KartraResponseParser() {
    }

    /**
     * Interprets one HTTP reply of a call.
     *
     * @param retryAfter  the Retry-After header, or null
     * @param credentials the credentials sent, scrubbed from any raw text kept (null when unknown)
     */
    public static KartraReply read(KartraCall call, int httpStatus, String retryAfter, byte[] body, KartraCredentials credentials) {
        // the raw text is only for exceptions: building it for every successful reply cost a fifth of the parsing time
        if (httpStatus == 429) {
            return failure(KartraFailures.rateLimited(call, "Too many requests (HTTP 429)", httpStatus, retryAfter(retryAfter),
                    rawText(body, credentials)));
        }
        if (httpStatus < 200 || httpStatus > 299) {
            return failure(KartraFailures.httpError(call, httpStatus, rawText(body, credentials)));
        }
        if (body == null || body.length == 0) {
            return failure(KartraFailures.transport(call, "empty reply", httpStatus, rawText(body, credentials), null, true));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (IOException e) {
            String what = looksLikeHtml(body) ? "an HTML page instead of a Kartra reply" : "a reply that is not valid JSON (truncated?)";
            return failure(KartraFailures.transport(call, what, httpStatus, rawText(body, credentials), e, true));
        }
        if (root == null || !root.isObject()) {
            return failure(KartraFailures.transport(call, "a JSON reply that is not a Kartra envelope", httpStatus,
                    rawText(body, credentials), null, true));
        }
        KartraResponse response = envelope(call, root);
        if (response == null) {
            return failure(KartraFailures.transport(call, "a JSON object that is not a Kartra envelope", httpStatus,
                    rawText(body, credentials), null, true));
        }
        Optional<KartraException> error = response.isSuccess() ? Optional.empty()
                : KartraFailures.fromReply(call, response, rawText(body, credentials), credentials);
        if (error.isPresent()) {
            return new KartraReply(response, null, error.get());
        }
        try {
            return new KartraReply(response, typedBody(call.operation(), root, response), null);
        } catch (MissingDataException | JsonProcessingException | IllegalArgumentException e) {
            return new KartraReply(response, null, KartraFailures.transport(call,
                    "a successful reply without the data of " + call.operation() + ": " + e.getMessage(), httpStatus,
                    rawText(body, credentials), e, true));
        }
    }

    /** The envelope of a reply, or null when the object is no Kartra envelope. */
    static KartraResponse envelope(KartraCall call, JsonNode root) {
        List<KartraActionResult> actions = new ArrayList<>();
        Map<String, Object> data = new LinkedHashMap<>();
        JsonNode actionsNode = root.get("actions");
        if (actionsNode != null && actionsNode.isArray()) {
            for (int i = 0; i < actionsNode.size(); i++) {
                actions.add(actionResult(call, i, actionsNode.get(i)));
            }
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String name = field.getKey();
            if (name.equals("status") || name.equals("message") || name.equals("type") || name.equals("actions")) {
                continue;
            }
            if (actionsNode == null && field.getValue().isObject() && KartraCommand.of(name).isPresent()) {
                // Kartra's pages show some results bare, as {"<cmd>": {...}}: one element of actions[] on its own
                actions.add(result(actions.size(), name, field.getValue()));
            } else {
                data.put(name, toJava(field.getValue()));
            }
        }
        String status = text(root.get("status"));
        if (status == null && actions.isEmpty() && data.isEmpty()) {
            return null;
        }
        return new KartraResponse(status, text(root.get("message")), type(root.get("type")), actions, data);
    }

    private static KartraActionResult actionResult(KartraCall call, int index, JsonNode element) {
        if (element != null && element.isObject()) {
            if (element.size() == 1) {
                Map.Entry<String, JsonNode> only = element.properties().iterator().next();
                if (only.getValue().isObject()) {
                    return result(index, only.getKey(), only.getValue());
                }
            }
            String command = index < call.commands().size() ? call.commands().get(index) : null;
            return result(index, command, element);
        }
        String command = index < call.commands().size() ? call.commands().get(index) : null;
        return new KartraActionResult(index, command, "Error", "malformed action result: " + element, 0, null);
    }

    private static KartraActionResult result(int index, String command, JsonNode node) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            if (!name.equals("status") && !name.equals("message") && !name.equals("type")) {
                data.put(name, toJava(field.getValue()));
            }
        }
        return new KartraActionResult(index, command, text(node.get("status")), text(node.get("message")), type(node.get("type")), data);
    }

    /** The typed body of a read operation, as the command table declares it; the response itself for the others. */
    private static Object typedBody(KartraOperation operation, JsonNode root, KartraResponse response)
            throws MissingDataException, JsonProcessingException {
        KartraCommand command = operation == null ? null : KartraCommand.of(operation);
        if (command == null) {
            return response;
        }
        Result result = command.result();
        return switch (result.body()) {
            case RESPONSE -> response;
            case OBJECT -> MAPPER.treeToValue(find(root, result.keys()), result.type());
            case LIST -> list(find(root, result.keys()), result.type());
            case NAMES -> names(find(root, result.keys()));
            case PAGES -> pages(find(root, result.keys()));
        };
    }

    /** The data under the first of these keys: at the top level, or in an action's result (Kartra documents both). */
    private static JsonNode find(JsonNode root, List<String> keys) throws MissingDataException {
        for (String key : keys) {
            JsonNode top = root.get(key);
            if (top != null && !top.isNull()) {
                return top;
            }
        }
        JsonNode actions = root.get("actions");
        Iterable<JsonNode> candidates = actions != null && actions.isArray() ? actions : List.of(root);
        for (JsonNode element : candidates) {
            for (JsonNode result : element) {
                for (String key : keys) {
                    JsonNode nested = result.get(key);
                    if (nested != null && !nested.isNull()) {
                        return nested;
                    }
                }
            }
        }
        throw new MissingDataException("no " + String.join(" or ", keys));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>(node.size());
        node.forEach(element -> names.add(element.isObject() ? firstText(element) : element.asText()));
        return names;
    }

    private static String firstText(JsonNode object) {
        Iterator<JsonNode> values = object.elements();
        while (values.hasNext()) {
            JsonNode value = values.next();
            if (value.isTextual()) {
                return value.asText();
            }
        }
        return object.toString();
    }

    private static <T> List<T> list(JsonNode node, Class<T> type) throws JsonProcessingException {
        List<T> list = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            list.add(MAPPER.treeToValue(element, type));
        }
        return list;
    }

    private static List<KartraPage> pages(JsonNode node) {
        List<KartraPage> pages = new ArrayList<>(node.size());
        node.forEach(element -> pages.add(KartraPage.of(toJava(element))));
        return pages;
    }

    private static Object toJava(JsonNode node) {
        // reads the tree where it is; convertValue would first copy it into a token buffer
        try {
            return MAPPER.treeToValue(node, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    /** Kartra's {@code type}: a string ({@code "212"}) or a number ({@code 248}); 0 when absent or not a number. */
    static int type(JsonNode node) {
        if (node == null || node.isNull()) {
            return 0;
        }
        if (node.isIntegralNumber()) {
            return node.asInt();
        }
        try {
            return Integer.parseInt(node.asText().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Duration retryAfter(String header) {
        if (header != null) {
            try {
                long seconds = Long.parseLong(header.trim());
                if (seconds >= 0 && seconds <= 3600) {
                    return Duration.ofSeconds(seconds);
                }
            } catch (NumberFormatException e) {
                // an HTTP date or garbage: Kartra's own advice (one second) applies
            }
        }
        return KartraFailures.RETRY_DELAY;
    }

    private static boolean looksLikeHtml(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '<';
            }
        }
        return false;
    }

    /** The reply as text for exceptions: cut to {@link #RAW_LIMIT} characters, with any credential value masked. */
    static String rawText(byte[] body, KartraCredentials credentials) {
        if (body == null) {
            return null;
        }
        String raw = new String(body, 0, Math.min(body.length, RAW_LIMIT * 4), StandardCharsets.UTF_8);
        if (raw.length() > RAW_LIMIT) {
            raw = raw.substring(0, RAW_LIMIT) + "...(" + body.length + " bytes)";
        }
        return credentials == null ? raw : credentials.redact(raw);
    }

    private static KartraReply failure(KartraException failure) {
        return new KartraReply(null, null, failure);
    }

    /** A successful reply lacks the data its operation returns. */
    private static final class MissingDataException extends Exception {
        private static final long serialVersionUID = 1L;

        MissingDataException(String message) {
            super(message, null, false, false);
        }
    }
}
