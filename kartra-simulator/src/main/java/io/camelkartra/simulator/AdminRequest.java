package io.camelkartra.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An admin API request: the path's named segments and the JSON body, with typed, validating reads. */
record AdminRequest(Map<String, String> path, JsonNode body) {

    String path(String name) {
        return path.get(name);
    }

    boolean has(String field) {
        return body.hasNonNull(field);
    }

    String text(String field) {
        if (!body.hasNonNull(field) || !body.get(field).isValueNode()) {
            throw new IllegalArgumentException("'" + field + "' is required");
        }
        return body.get(field).asText();
    }

    String text(String field, String otherwise) {
        return has(field) ? text(field) : otherwise;
    }

    long number(String field) {
        JsonNode node = body.get(field);
        if (node == null || !(node.canConvertToLong() || node.isTextual() && node.asText().matches("-?\\d{1,18}"))) {
            throw new IllegalArgumentException("'" + field + "' must be a whole number");
        }
        return node.isTextual() ? Long.parseLong(node.asText()) : node.asLong();
    }

    long number(String field, long otherwise) {
        return has(field) ? number(field) : otherwise;
    }

    double fraction(String field, double otherwise) {
        if (!has(field)) {
            return otherwise;
        }
        if (!body.get(field).isNumber()) {
            throw new IllegalArgumentException("'" + field + "' must be a number");
        }
        return body.get(field).asDouble();
    }

    boolean flag(String field, boolean otherwise) {
        if (!has(field)) {
            return otherwise;
        }
        if (!body.get(field).isBoolean()) {
            throw new IllegalArgumentException("'" + field + "' must be true or false");
        }
        return body.get(field).asBoolean();
    }

    List<String> strings(String field) {
        return strings(body, field);
    }

    static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        JsonNode array = node.get(field);
        if (array == null || array.isNull()) {
            return values;
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException("'" + field + "' must be an array");
        }
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
