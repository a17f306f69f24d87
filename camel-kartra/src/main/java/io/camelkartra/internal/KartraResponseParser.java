package io.camelkartra.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelkartra.model.KartraActionResult;
import io.camelkartra.model.KartraResponse;

/**
 * Reads the JSON of a Kartra response: the envelope {@code {status, message, type}} ({@code type} as a string or a
 * number), the per-action results ({@code actions[i].<cmd>}, or the bare {@code {"<cmd>": {...}}} some Kartra pages
 * show), and the data, at the top level ({@code lead_details}, {@code account_tags}, ...) or in an action's result.
 * What the response means for a call (its body, its exception) is decided by the component, not here.
 */
public final class KartraResponseParser {

    private static final ObjectMapper MAPPER = KartraJson.mapper();
    private static final String STATUS = "status";
    private static final String MESSAGE = "message";
    private static final String TYPE = "type";
    private static final String ACTIONS = "actions";

    private KartraResponseParser() {
    }

    /** The JSON tree of a response body. */
    public static JsonNode tree(byte[] body) throws IOException {
        return MAPPER.readTree(body);
    }

    /**
     * A successful response's status, message and type, and the data under the first of the keys at its top level,
     * read straight from the bytes into the type (into a tree when the type is null), without a tree of the whole
     * response. Null when the response is anything else (an error, results in {@code actions}, no such data, a bare
     * command result), for the caller to read its tree.
     */
    public static Direct direct(byte[] body, List<String> keys, JavaType type, Predicate<String> isCommand) throws IOException {
        try (JsonParser parser = MAPPER.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String status = null;
            String message = null;
            int code = 0;
            Object data = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals(STATUS) || name.equals(MESSAGE)) {
                    String text = value.isScalarValue() && value != JsonToken.VALUE_NULL ? parser.getValueAsString() : null;
                    parser.skipChildren();
                    status = name.equals(STATUS) ? text : status;
                    message = name.equals(MESSAGE) ? text : message;
                } else if (name.equals(TYPE)) {
                    code = type(MAPPER.readTree(parser));
                } else if (name.equals(ACTIONS) || value == JsonToken.START_OBJECT && isCommand.test(name)) {
                    return null;
                } else if (data == null && value != JsonToken.VALUE_NULL && keys.contains(name)) {
                    data = type == null ? MAPPER.readTree(parser) : MAPPER.readValue(parser, type);
                } else {
                    parser.skipChildren();
                }
            }
            return data == null || !"success".equalsIgnoreCase(status) ? null : new Direct(new Envelope(status, message, code), data);
        }
    }

    /** A successful response read straight: its envelope and its data. */
    public record Direct(Envelope envelope, Object data) {
    }

    /** Whether the object is a Kartra envelope: a status, or any field but message and type. */
    public static boolean isEnvelope(JsonNode root) {
        if (root.hasNonNull(STATUS)) {
            return true;
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (!field.getKey().equals(MESSAGE) && !field.getKey().equals(TYPE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the envelope and every action result say success (a result without a status counts as one, one that is
     * no object as a failure).
     */
    public static boolean succeeded(JsonNode root, Predicate<String> isCommand) {
        String status = text(root.get(STATUS));
        if (status != null && !"success".equalsIgnoreCase(status)) {
            return false;
        }
        for (JsonNode result : results(root, isCommand)) {
            String actionStatus = text(result.get(STATUS));
            if (!result.isObject() || actionStatus != null && !"success".equalsIgnoreCase(actionStatus)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The status, message and type to report for a successful response: the envelope's, or, where the envelope has
     * none, the only action result's.
     */
    public static Envelope envelope(JsonNode root, Predicate<String> isCommand) {
        List<JsonNode> results = results(root, isCommand);
        JsonNode single = results.size() == 1 ? results.get(0) : null;
        String status = text(root.get(STATUS));
        String message = text(root.get(MESSAGE));
        int type = type(root.get(TYPE));
        return new Envelope(status != null || single == null ? status : text(single.get(STATUS)),
                message != null || single == null ? message : text(single.get(MESSAGE)),
                type != 0 || single == null ? type : type(single.get(TYPE)));
    }

    /** Status, message and type of a response. */
    public record Envelope(String status, String message, int type) {
    }

    /**
     * The whole response, or null when the object is no Kartra envelope. An action result's command is the key that
     * wraps it, else the command sent at that position.
     *
     * @param sent      the commands sent, in order
     * @param isCommand whether a top-level key is a command's name (a bare {@code {"<cmd>": {...}}} result)
     */
    public static KartraResponse response(JsonNode root, List<String> sent, Predicate<String> isCommand) {
        List<KartraActionResult> actions = new ArrayList<>();
        Map<String, Object> data = new LinkedHashMap<>();
        JsonNode actionsNode = root.get(ACTIONS);
        if (actionsNode != null && actionsNode.isArray()) {
            for (int i = 0; i < actionsNode.size(); i++) {
                actions.add(actionResult(sent, i, actionsNode.get(i)));
            }
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String name = field.getKey();
            if (name.equals(STATUS) || name.equals(MESSAGE) || name.equals(TYPE) || name.equals(ACTIONS)) {
                continue;
            }
            if (actionsNode == null && field.getValue().isObject() && isCommand.test(name)) {
                actions.add(result(actions.size(), name, field.getValue()));
            } else {
                data.put(name, toJava(field.getValue()));
            }
        }
        String status = text(root.get(STATUS));
        if (status == null && actions.isEmpty() && data.isEmpty()) {
            return null;
        }
        return new KartraResponse(status, text(root.get(MESSAGE)), type(root.get(TYPE)), actions, data);
    }

    /** The data under the first of these keys: at the top level, or in an action's result; null when there is none. */
    public static JsonNode find(JsonNode root, List<String> keys) {
        for (String key : keys) {
            JsonNode top = root.get(key);
            if (top != null && !top.isNull()) {
                return top;
            }
        }
        JsonNode actions = root.get(ACTIONS);
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
        return null;
    }

    /** The value under this key in the first action result that has it, or null. */
    public static JsonNode inResults(JsonNode root, String key, Predicate<String> isCommand) {
        for (JsonNode result : results(root, isCommand)) {
            JsonNode value = result.get(key);
            if (value != null && !value.isNull()) {
                return value;
            }
        }
        return null;
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

    /** The value as plain Java: maps, lists, texts, numbers. */
    public static Object toJava(JsonNode node) {
        // reads the tree where it is; convertValue would first copy it into a token buffer
        try {
            return MAPPER.treeToValue(node, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * The action results: each element of {@code actions}, unwrapped from its {@code {"<cmd>": {...}}}; without
     * {@code actions}, the bare {@code {"<cmd>": {...}}} at the top level.
     */
    private static List<JsonNode> results(JsonNode root, Predicate<String> isCommand) {
        JsonNode actions = root.get(ACTIONS);
        List<JsonNode> results = new ArrayList<>();
        if (actions == null) {
            for (Map.Entry<String, JsonNode> field : root.properties()) {
                if (field.getValue().isObject() && isCommand.test(field.getKey())) {
                    results.add(field.getValue());
                }
            }
        } else if (actions.isArray()) {
            for (JsonNode element : actions) {
                JsonNode wrapped = element.isObject() && element.size() == 1 ? element.elements().next() : null;
                results.add(wrapped != null && wrapped.isObject() ? wrapped : element);
            }
        }
        return results;
    }

    private static KartraActionResult actionResult(List<String> sent, int index, JsonNode element) {
        String command = index < sent.size() ? sent.get(index) : null;
        if (element != null && element.isObject()) {
            if (element.size() == 1) {
                Map.Entry<String, JsonNode> only = element.properties().iterator().next();
                if (only.getValue().isObject()) {
                    return result(index, only.getKey(), only.getValue());
                }
            }
            return result(index, command, element);
        }
        return new KartraActionResult(index, command, "Error", "malformed action result: " + element, 0, null);
    }

    private static KartraActionResult result(int index, String command, JsonNode node) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            if (!name.equals(STATUS) && !name.equals(MESSAGE) && !name.equals(TYPE)) {
                data.put(name, toJava(field.getValue()));
            }
        }
        return new KartraActionResult(index, command, text(node.get(STATUS)), text(node.get(MESSAGE)), type(node.get(TYPE)), data);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
