package io.camelkartra;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelkartra.internal.KartraJson;
import io.camelkartra.internal.LeadFields;
import io.camelkartra.model.Lead;
import org.apache.camel.Exchange;
import org.apache.camel.StreamCache;

/**
 * Turns an exchange body into the lead a call acts on: a {@link Lead}, a {@code Map} or JSON text with Kartra's field
 * names ({@code first_name}) or the Java ones ({@code firstName}), or a plain email address. Map and JSON bodies are
 * read strictly: an unknown or read-only field is an error that names it, since Kartra would drop it silently.
 * <p>
 * The body is never changed: a stream body is read through Camel's stream cache and reset afterwards.
 */
final class LeadBodyConverter {

    private static final ObjectMapper MAPPER = KartraJson.mapper();
    private static final Pattern PLAIN_EMAIL = Pattern.compile("[^\\s@{}\\[\\]\"]+@[^\\s@{}\\[\\]\"]+");
    /** The lead of a body, and the order of its fields when the body was a Map or JSON text (null otherwise). */
    record LeadBody(Lead lead, List<String> fieldOrder) {
    }

    private LeadBodyConverter() {
    }

    /**
     * The lead in the body, or null when the body is empty.
     *
     * @throws KartraException (type 223, Kartra's "'lead' not an array") when the body is not a lead
     */
    static LeadBody convert(Exchange exchange, String command) {
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            return null;
        }
        if (body instanceof Lead lead) {
            return new LeadBody(lead, null);
        }
        if (body instanceof Map<?, ?> map) {
            checkFields(map.keySet(), command);
            return fromMap(map, command);
        }
        if (body instanceof String || body instanceof byte[] || body instanceof StreamCache || body instanceof java.io.InputStream) {
            return fromText(exchange, body, command);
        }
        if (exchange.getContext().getTypeConverterRegistry().lookup(byte[].class, body.getClass()) != null) {
            // a server's buffer (Vert.x's, what an HTTP source hands over on Camel K) is posted text, not an object
            return fromText(exchange, exchange.getMessage().getBody(byte[].class), command);
        }
        try {
            // a Java object's properties have Java names: give those of lead fields Kartra's, and leave the others
            Map<String, Object> properties = new LinkedHashMap<>();
            ((Map<?, ?>) MAPPER.convertValue(body, Map.class)).forEach((key, value) -> properties.put(
                    LeadFields.wireName(String.valueOf(key)).orElse(String.valueOf(key)), value));
            return new LeadBody(MAPPER.convertValue(properties, Lead.class), null);
        } catch (IllegalArgumentException e) {
            throw notALead("a " + body.getClass().getName() + " body cannot be read as a lead (" + firstLine(e) + ")", command);
        }
    }

    private static LeadBody fromText(Exchange exchange, Object body, String command) {
        String text;
        if (body instanceof String s) {
            text = s;
        } else {
            if (body instanceof StreamCache cache) {
                cache.reset();
            }
            text = exchange.getContext().getTypeConverter().convertTo(String.class, exchange, body);
            if (body instanceof StreamCache cache) {
                cache.reset();
            }
        }
        if (text == null) {
            throw notALead("the body could not be read as text", command);
        }
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (PLAIN_EMAIL.matcher(trimmed).matches()) {
            return new LeadBody(Lead.ofEmail(trimmed), null);
        }
        if (!trimmed.startsWith("{")) {
            throw notALead("a text body must be a JSON object or an email address", command);
        }
        Map<?, ?> map;
        try {
            map = MAPPER.readValue(trimmed, Map.class);
        } catch (IOException e) {
            throw notALead("the body is not valid JSON (" + firstLine(e) + ")", command);
        }
        checkFields(map.keySet(), command);
        return fromMap(map, command);
    }

    /** A lead from a map whose keys are lead fields, by Kartra's names or the Java ones; the fields keep its order. */
    private static LeadBody fromMap(Map<?, ?> map, String command) {
        try {
            Map<String, Object> fields = new LinkedHashMap<>();
            map.forEach((key, value) -> fields.put(LeadFields.wireName(String.valueOf(key)).orElseThrow(), value));
            return new LeadBody(MAPPER.convertValue(fields, Lead.class), List.copyOf(fields.keySet()));
        } catch (IllegalArgumentException e) {
            throw notALead("a field has a value of the wrong shape (" + firstLine(e) + ")", command);
        }
    }

    private static void checkFields(Set<?> keys, String command) {
        List<String> unknown = new ArrayList<>();
        List<String> readOnly = new ArrayList<>();
        for (Object key : keys) {
            String name = String.valueOf(key);
            Optional<String> field = LeadFields.wireName(name);
            if (field.isEmpty()) {
                unknown.add(name);
            } else if (LeadFields.isReadOnly(field.get())) {
                readOnly.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw notALead("unknown lead field(s) " + unknown + "; Kartra would ignore them. Lead fields: "
                           + LeadFields.writable(), command);
        }
        if (!readOnly.isEmpty()) {
            throw notALead("read-only lead field(s) " + readOnly + " cannot be sent to Kartra", command);
        }
    }

    private static String firstLine(Exception e) {
        String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static RuntimeException notALead(String problem, String command) {
        return KartraFailures.beforeSending(KartraMessageType.LEAD_NOT_AN_ARRAY, "the message body is not a lead: " + problem, command);
    }
}
