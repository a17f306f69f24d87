package io.camelkartra.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * How the simulator writes Kartra's replies: as the documentation shows them, or in one of the variants that clients
 * of the live API report ({@code shared/kartra-realworld.md}), so that a client can be tested against each. Only the
 * rendering changes: the simulated Kartra does the same thing whatever the shape. Set with
 * {@code settings().replyShape(...)} or {@code PUT /_admin/settings {"replyShape": "..."}}.
 */
public enum ReplyShape {

    /** As documented: every value a string ({@code "id":"123"}, {@code "type":"103"}), {@code application/json}. */
    DOCUMENTED(null, reply -> reply),

    /**
     * Numbers as JSON numbers ({@code "id":123}, {@code "type":103}, {@code "score":0}), as Kartra's per-event
     * reference pages type them and as some clients defensively accept. Texts that only look like numbers but would
     * change as one (a zip code {@code "01234"}) stay texts.
     */
    VALUES_AS_NUMBERS(null, reply -> (Map<String, Object>) ReplyShape.numbers(reply)),

    /** {@code get_lead}'s {@code lead_details} as a JSON-encoded string, the type its documentation gives it. */
    LEAD_DETAILS_AS_STRING(null, ReplyShape::leadDetailsAsString),

    /**
     * The names and formats of the older documentation and of other clients: the transactions of a lead under
     * {@code get_transactions_from_lead}, a membership's name under {@code name}, {@code gdpr_lead_status_date} as
     * {@code 05 Mar 2026 14:02:11}.
     */
    OLDER_NAMES(null, reply -> (Map<String, Object>) ReplyShape.olderNames(reply)),

    /** The JSON served as {@code text/html}, as a live-tested client reports. */
    TEXT_HTML("text/html; charset=UTF-8", reply -> reply);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,17})(\\.\\d+)?");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm:ss", Locale.ENGLISH);
    private static final Map<String, String> OLDER_KEYS = Map.of(
            "retrieve_transactions_from_lead", "get_transactions_from_lead",
            "membership_name", "name");

    private final String contentType;
    private final UnaryOperator<Map<String, Object>> render;

    ReplyShape(String contentType, UnaryOperator<Map<String, Object>> render) {
        this.contentType = contentType;
        this.render = render;
    }

    /** The reply in this shape; the reply given is left as it is. */
    Map<String, Object> render(Map<String, Object> reply) {
        return render.apply(reply);
    }

    /** The Content-Type to send: this shape's, else the configured one. */
    String contentType(String configured) {
        return contentType != null ? contentType : configured;
    }

    private static Object numbers(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((key, element) -> out.put((String) key, numbers(element)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(element -> out.add(numbers(element)));
            return out;
        }
        if (value instanceof String text && NUMBER.matcher(text).matches()) {
            return text.indexOf('.') < 0 ? (Object) Long.valueOf(text) : new BigDecimal(text);
        }
        return value;
    }

    private static Map<String, Object> leadDetailsAsString(Map<String, Object> reply) {
        Object details = reply.get("lead_details");
        if (!(details instanceof Map<?, ?>)) {
            return reply;
        }
        Map<String, Object> out = new LinkedHashMap<>(reply);
        try {
            out.put("lead_details", JSON.writeValueAsString(details));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lead_details cannot be written as JSON", e);
        }
        return out;
    }

    private static Object olderNames(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((key, element) -> out.put(OLDER_KEYS.getOrDefault((String) key, (String) key),
                    "gdpr_lead_status_date".equals(key) ? dayMonthYear(element) : olderNames(element)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(element -> out.add(olderNames(element)));
            return out;
        }
        return value;
    }

    private static Object dayMonthYear(Object date) {
        if (date instanceof String text && !text.isEmpty()) {
            try {
                return LocalDateTime.parse(text, ISO).format(DAY_MONTH_YEAR);
            } catch (DateTimeParseException e) {
                return date;
            }
        }
        return date;
    }
}
