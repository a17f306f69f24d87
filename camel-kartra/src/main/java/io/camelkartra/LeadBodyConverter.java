package io.camelkartra;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelkartra.internal.KartraJson;
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
    private static final Set<String> READ_ONLY = Set.of("date_joined", "dateJoined", "ip_country", "ipCountry", "score", "source",
            "source_id", "sourceId", "notes", "blacklisted", "gdpr_lead_status", "gdprLeadStatus", "gdpr_lead_status_date",
            "gdprLeadStatusDate", "gdpr_lead_status_ip", "gdprLeadStatusIp", "gdpr_lead_communications", "gdprLeadCommunications",
            "referring_id", "referringId", "lead_deleted", "leadDeleted", "lead_deleted_date", "leadDeletedDate", "google_plus",
            "googlePlus", "tags", "lists", "sequences", "memberships");

    private LeadBodyConverter() {
    }

    /**
     * The lead in the body, or null when the body is empty.
     *
     * @throws io.camelkartra.KartraException (type 223, Kartra's "'lead' not an array") when the body is not a lead
     */
    public static Lead convert(Exchange exchange, String command) {
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            return null;
        }
        if (body instanceof Lead lead) {
            return lead;
        }
        if (body instanceof Map<?, ?> map) {
            checkFields(map.keySet(), command);
            return fromMap(map, command);
        }
        if (body instanceof String || body instanceof byte[] || body instanceof StreamCache || body instanceof java.io.InputStream) {
            return fromText(exchange, body, command);
        }
        try {
            return MAPPER.convertValue(body, Lead.class);
        } catch (IllegalArgumentException e) {
            throw notALead("a " + body.getClass().getName() + " body cannot be read as a lead (" + firstLine(e) + ")", command);
        }
    }

    private static Lead fromText(Exchange exchange, Object body, String command) {
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
            return Lead.ofEmail(trimmed);
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

    private static Lead fromMap(Map<?, ?> map, String command) {
        try {
            Lead lead = MAPPER.convertValue(map, Lead.class);
            List<String> order = new ArrayList<>(map.size());
            for (Object key : map.keySet()) {
                String name = String.valueOf(key);
                order.add(Lead.WRITABLE_FIELDS.contains(name) ? name : toSnakeCase(name));
            }
            lead.setFieldOrder(order);
            return lead;
        } catch (IllegalArgumentException e) {
            throw notALead("a field has a value of the wrong shape (" + firstLine(e) + ")", command);
        }
    }

    private static void checkFields(Set<?> keys, String command) {
        List<String> unknown = new ArrayList<>();
        List<String> readOnly = new ArrayList<>();
        for (Object key : keys) {
            String name = String.valueOf(key);
            if (READ_ONLY.contains(name)) {
                readOnly.add(name);
            } else if (!isWritable(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw notALead("unknown lead field(s) " + unknown + "; Kartra would ignore them. Lead fields: "
                           + Lead.WRITABLE_FIELDS, command);
        }
        if (!readOnly.isEmpty()) {
            throw notALead("read-only lead field(s) " + readOnly + " cannot be sent to Kartra", command);
        }
    }

    private static boolean isWritable(String name) {
        return Lead.WRITABLE_FIELDS.contains(name) || Lead.WRITABLE_FIELDS.contains(toSnakeCase(name));
    }

    private static String toSnakeCase(String camel) {
        StringBuilder sb = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
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
