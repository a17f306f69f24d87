package io.camelkartra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelkartra.KartraCommand.Result;
import io.camelkartra.internal.KartraCredentials;
import io.camelkartra.internal.KartraJson;
import io.camelkartra.internal.KartraResponseParser;
import io.camelkartra.internal.KartraResponseParser.Direct;
import io.camelkartra.internal.KartraResponseParser.Envelope;
import io.camelkartra.model.KartraActionResult;
import io.camelkartra.model.KartraPage;
import io.camelkartra.model.KartraResponse;
import io.camelkartra.model.Lead;

/**
 * Reads what came back for a call into its outcome: the typed body of the call's operation, as the command table
 * declares it, or the typed exception. Kartra's error envelopes become their category's exception with Kartra's type;
 * HTTP 429 becomes a rate-limit failure; other HTTP statuses, HTML pages, empty, truncated and non-envelope bodies
 * become transport failures. A successful response with a typed body is not built into a {@code KartraResponse}: only
 * what the headers need is read from it.
 */
final class KartraResponseReader {

    /** How much of a raw reply an exception keeps. */
    static final int RAW_LIMIT = 4096;

    private static final ObjectMapper MAPPER = KartraJson.mapper();
    private static final Predicate<String> IS_COMMAND = name -> KartraCommand.of(name).isPresent();
    private static final String LEAD_DETAILS = "lead_details";

    private KartraResponseReader() {
    }

    /**
     * The outcome of one HTTP response of a call.
     *
     * @param retryAfter  the Retry-After header, or null
     * @param credentials the credentials sent, masked in any raw text kept (null when unknown)
     */
    static KartraOutcome read(KartraCall call, int httpStatus, String retryAfter, byte[] body, KartraCredentials credentials) {
        // the raw text is only for exceptions: building it for every successful reply cost a fifth of the parsing time
        if (httpStatus == 429) {
            return KartraOutcome.failed(KartraFailures.rateLimited(call, "Too many requests (HTTP 429)", httpStatus,
                    retryAfter(retryAfter), rawText(body, credentials)));
        }
        if (httpStatus < 200 || httpStatus > 299) {
            return KartraOutcome.failed(KartraFailures.httpError(call, httpStatus, rawText(body, credentials)));
        }
        if (body == null || body.length == 0) {
            return notKartra(call, "empty reply", httpStatus, body, credentials, null);
        }
        Result result = call.result();
        if (result.body() != Result.Body.RESPONSE) {
            KartraOutcome direct = direct(call, result, body);
            if (direct != null) {
                return direct;
            }
        }
        JsonNode root;
        try {
            root = KartraResponseParser.tree(body);
        } catch (IOException e) {
            return notKartra(call, looksLikeHtml(body) ? "an HTML page instead of a Kartra reply"
                    : "a reply that is not valid JSON (truncated?)", httpStatus, body, credentials, e);
        }
        if (root == null || !root.isObject() || !KartraResponseParser.isEnvelope(root)) {
            return notKartra(call, "a JSON " + (root != null && root.isObject() ? "object" : "reply") + " that is not a Kartra envelope",
                    httpStatus, body, credentials, null);
        }
        if (!KartraResponseParser.succeeded(root, IS_COMMAND)) {
            return failure(call, root, body, credentials);
        }
        Envelope envelope = KartraResponseParser.envelope(root, IS_COMMAND);
        try {
            if (result.body() == Result.Body.RESPONSE) {
                KartraResponse response = KartraResponseParser.response(root, call.commands(), IS_COMMAND);
                return new KartraOutcome(envelope.status(), envelope.message(), envelope.type(), leadId(response), response, response, null);
            }
            JsonNode data = KartraResponseParser.find(root, result.keys());
            if (data == null) {
                throw new IllegalArgumentException("no " + String.join(" or ", result.keys()));
            }
            Object typed = typed(result, data);
            JsonNode details = KartraResponseParser.inResults(root, LEAD_DETAILS, IS_COMMAND);
            String leadId = typed instanceof Lead lead && lead.getId() != null ? lead.getId()
                    : details == null || !details.hasNonNull("id") ? null : details.get("id").asText();
            return new KartraOutcome(envelope.status(), envelope.message(), envelope.type(), leadId, null, typed, null);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return notKartra(call, "a successful reply without the data of " + call.operation() + ": " + e.getMessage(), httpStatus,
                    body, credentials, e);
        }
    }

    /**
     * The outcome of a read operation's successful response whose data is at the top level, read without a tree of
     * the whole response (the common case, and the hot path); null for any other response, which the tree reads.
     */
    private static KartraOutcome direct(KartraCall call, Result result, byte[] body) {
        JavaType type = switch (result.body()) {
            case OBJECT -> MAPPER.constructType(result.type());
            case LIST -> MAPPER.getTypeFactory().constructCollectionType(List.class, result.type());
            default -> null;
        };
        try {
            Direct direct = KartraResponseParser.direct(body, result.keys(), type, IS_COMMAND);
            if (direct == null) {
                return null;
            }
            Object typed = type != null ? direct.data() : typed(result, (JsonNode) direct.data());
            Envelope envelope = direct.envelope();
            return new KartraOutcome(envelope.status(), envelope.message(), envelope.type(),
                    typed instanceof Lead lead ? lead.getId() : null, null, typed, null);
        } catch (IOException | IllegalArgumentException e) {
            // the tree reads it again, and says what is wrong with it
            return null;
        }
    }

    /** An error envelope, or a failing action: the exception, and the headers of the failing action or the envelope. */
    private static KartraOutcome failure(KartraCall call, JsonNode root, byte[] body, KartraCredentials credentials) {
        KartraResponse response = KartraResponseParser.response(root, call.commands(), IS_COMMAND);
        KartraException failure = KartraFailures.fromResponse(call, response, rawText(body, credentials), credentials);
        Optional<KartraActionResult> failedAction = response.isEnvelopeSuccess() ? response.getFirstFailedAction() : Optional.empty();
        if (failedAction.isPresent()) {
            KartraActionResult action = failedAction.get();
            return new KartraOutcome(action.getStatus(), action.getMessage(), action.getType(), null, response, null, failure);
        }
        Envelope envelope = KartraResponseParser.envelope(root, IS_COMMAND);
        return new KartraOutcome(envelope.status(), envelope.message(), envelope.type(), null, response, null, failure);
    }

    private static KartraOutcome notKartra(KartraCall call, String what, int httpStatus, byte[] body, KartraCredentials credentials,
            Exception cause) {
        return KartraOutcome.failed(KartraFailures.transport(call, what, httpStatus, rawText(body, credentials), cause, true));
    }

    /** The body of a read operation. */
    private static Object typed(Result result, JsonNode data) throws JsonProcessingException {
        return switch (result.body()) {
            case OBJECT -> MAPPER.treeToValue(data, result.type());
            case LIST -> list(data, result.type());
            case NAMES -> names(data);
            case PAGES -> pages(data);
            case RESPONSE -> throw new IllegalStateException("the response is no typed body");
        };
    }

    /** The id of the lead a response describes: the lead_details of any action (a created lead). */
    private static String leadId(KartraResponse response) {
        for (KartraActionResult action : response.getActions()) {
            if (action.getData().get(LEAD_DETAILS) instanceof Map<?, ?> details && details.get("id") != null) {
                return details.get("id").toString();
            }
        }
        return null;
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

    private static List<Object> list(JsonNode node, Class<?> type) throws JsonProcessingException {
        List<Object> list = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            list.add(MAPPER.treeToValue(element, type));
        }
        return list;
    }

    private static List<KartraPage> pages(JsonNode node) {
        List<KartraPage> pages = new ArrayList<>(node.size());
        node.forEach(element -> pages.add(KartraPage.of(KartraResponseParser.toJava(element))));
        return pages;
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
}
