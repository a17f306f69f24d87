package io.camelkartra.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.camelkartra.model.Lead;
import io.camelkartra.model.event.KartraEvent;
import io.camelkartra.model.event.KartraEventAction;
import io.camelkartra.model.event.KartraEventDetails;

/**
 * Reads an Outbound API post ({@code {"lead":{...},"action":"...","action_details":{...}}}) into a
 * {@link KartraEvent}. Its exceptions never quote the body: it holds personal data.
 */
public final class KartraEventParser {

    private static final ObjectReader TREE_READER = KartraJson.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };
    /** For unknown actions: the details type of the first known action using each container key. */
    private static final Map<String, Class<? extends KartraEventDetails>> TYPE_BY_CONTAINER = typesByContainer();

    private KartraEventParser() {
    }

    /**
     * The event in this body.
     *
     * @throws IllegalArgumentException when the body is not JSON, has no action, or its lead or the details of a known
     *                                  action do not have Kartra's shape
     */
    public static KartraEvent parse(byte[] body) {
        JsonNode root;
        try {
            root = TREE_READER.readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("The body is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("The body is not a JSON object");
        }
        JsonNode action = root.path("action");
        if (!action.isTextual() || action.asText().isBlank()) {
            throw new IllegalArgumentException("The body has no action");
        }
        String actionName = action.asText().trim();
        JsonNode details = objectOrEmpty(root.path("action_details"), "action_details");
        return new KartraEvent(lead(root.path("lead")), actionName, typedDetails(KartraEventAction.fromKartraName(actionName), details),
                KartraJson.mapper().convertValue(details, MAP));
    }

    private static Lead lead(JsonNode node) {
        JsonNode lead = objectOrEmpty(node, "lead");
        if (lead.isEmpty()) {
            return null;
        }
        try {
            return KartraJson.mapper().treeToValue(lead, Lead.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The lead does not have Kartra's shape");
        }
    }

    /** PHP's json_encode writes an empty array as {@code []}: that and an absent value read as an empty object. */
    private static JsonNode objectOrEmpty(JsonNode node, String name) {
        if (node.isObject()) {
            return node;
        }
        if (node.isMissingNode() || node.isNull() || node.isArray() && node.isEmpty()) {
            return KartraJson.mapper().createObjectNode();
        }
        throw new IllegalArgumentException(name + " is not a JSON object");
    }

    private static KartraEventDetails typedDetails(KartraEventAction action, JsonNode details) {
        if (action == KartraEventAction.UNKNOWN) {
            return guessedDetails(details);
        }
        JsonNode container = details;
        for (String key : action.getContainers()) {
            JsonNode candidate = details.path(key);
            if (!candidate.isMissingNode() && !candidate.isNull()) {
                container = candidate;
                break;
            }
        }
        try {
            return KartraJson.mapper().treeToValue(container, action.getDetailsType());
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The details of " + action.getKartraName() + " do not have Kartra's shape");
        }
    }

    /** Best effort: an unknown action is delivered whatever its details hold. */
    private static KartraEventDetails guessedDetails(JsonNode details) {
        for (Map.Entry<String, JsonNode> field : details.properties()) {
            Class<? extends KartraEventDetails> type = TYPE_BY_CONTAINER.get(field.getKey());
            if (type != null && field.getValue().isObject()) {
                try {
                    return KartraJson.mapper().treeToValue(field.getValue(), type);
                } catch (IOException | IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static Map<String, Class<? extends KartraEventDetails>> typesByContainer() {
        Map<String, Class<? extends KartraEventDetails>> types = new LinkedHashMap<>();
        for (KartraEventAction action : KartraEventAction.values()) {
            action.getContainers().forEach(container -> types.putIfAbsent(container, action.getDetailsType()));
        }
        return Map.copyOf(types);
    }
}
