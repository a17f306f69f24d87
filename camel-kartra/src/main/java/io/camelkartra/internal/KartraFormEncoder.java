package io.camelkartra.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.camelkartra.model.CustomField;
import io.camelkartra.model.KartraAction;
import io.camelkartra.model.KartraRequest;
import io.camelkartra.model.Lead;

/**
 * Writes Kartra request bodies byte for byte as PHP's {@code http_build_query} writes the equivalent array, which is
 * what every Kartra sample sends: pairs in insertion order, nested keys as {@code parent[child]} with the brackets
 * percent-encoded, list elements as {@code parent[0]}, keys and values encoded like PHP's {@code urlencode} (only
 * letters, digits, {@code -_.} stay as they are, space becomes {@code +}, everything else is {@code %XX} of its UTF-8
 * bytes), null values left out, booleans as 1 and 0.
 * <p>
 * One deliberate difference: an empty list is sent as an empty text (PHP leaves empty arrays out), so that an empty
 * checkbox value clears the field instead of sending a custom field without a value.
 */
public final class KartraFormEncoder {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final boolean[] UNRESERVED = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            UNRESERVED[c] = true;
        }
        UNRESERVED['-'] = true;
        UNRESERVED['_'] = true;
        UNRESERVED['.'] = true;
    }

    private KartraFormEncoder() {
    }

    /** The form body of a request: credentials, then the lead (or get_lead), then the actions. */
    public static String encode(KartraCredentials credentials, KartraRequest request) {
        return encode(credentials, request, null);
    }

    /**
     * The form body of a request whose lead came from a Map or JSON body: its fields in that body's order, as PHP's
     * {@code http_build_query} writes that array, then the lead's other writable fields.
     *
     * @param leadFieldOrder Kartra's names of the lead's fields in the order to send them, or null for the lead's own
     */
    public static String encode(KartraCredentials credentials, KartraRequest request, List<String> leadFieldOrder) {
        StringBuilder out = new StringBuilder(256);
        pair(out, "app_id", credentials.appId());
        pair(out, "api_key", credentials.apiKey());
        pair(out, "api_password", credentials.apiPassword());
        Lead lead = request.getLead();
        if (request.isGetLead()) {
            // the top-level request takes the identity only (Kartra lets the id win when both are sent)
            String key = urlencode(request.getCommands().get(0));
            pair(out, key + "%5Bid%5D", lead.getId());
            pair(out, key + "%5Bemail%5D", lead.getEmail());
            return out.toString();
        }
        if (lead != null) {
            writeLead(out, lead, leadFieldOrder);
        }
        List<KartraAction> actions = request.getActions();
        for (int i = 0; i < actions.size(); i++) {
            KartraAction action = actions.get(i);
            String prefix = "actions%5B" + i + "%5D";
            pair(out, prefix + "%5Bcmd%5D", action.getCommand());
            for (Map.Entry<String, Object> parameter : action.getParameters().entrySet()) {
                value(out, prefix + "%5B" + urlencode(parameter.getKey()) + "%5D", parameter.getValue());
            }
        }
        return out.toString();
    }

    private static void writeLead(StringBuilder out, Lead lead, List<String> order) {
        if (order != null) {
            for (String field : order) {
                writeLeadField(out, lead, field);
            }
        }
        for (String field : LeadFields.writable()) {
            if (order == null || !order.contains(field)) {
                writeLeadField(out, lead, field);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void writeLeadField(StringBuilder out, Lead lead, String field) {
        Object value = LeadFields.value(lead, field);
        if (value instanceof List<?> customFields) {
            writeCustomFields(out, field, (List<CustomField>) customFields);
        } else {
            pair(out, "lead%5B" + field + "%5D", (String) value);
        }
    }

    private static void writeCustomFields(StringBuilder out, String name, List<CustomField> fields) {
        for (int i = 0; i < fields.size(); i++) {
            CustomField field = fields.get(i);
            String prefix = "lead%5B" + name + "%5D%5B" + i + "%5D";
            pair(out, prefix + "%5Bfield_identifier%5D", field.getFieldIdentifier());
            value(out, prefix + "%5Bfield_value%5D", field.isList() ? field.getOptionIds() : field.getText());
        }
    }

    /** Appends {@code key=value} for a scalar, or the nested pairs of a map or list; the key is already encoded. */
    private static void value(StringBuilder out, String encodedKey, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                value(out, encodedKey + "%5B" + urlencode(String.valueOf(entry.getKey())) + "%5D", entry.getValue());
            }
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                pair(out, encodedKey, "");
            }
            for (int i = 0; i < list.size(); i++) {
                value(out, encodedKey + "%5B" + i + "%5D", list.get(i));
            }
        } else {
            pair(out, encodedKey, scalar(value));
        }
    }

    private static void pair(StringBuilder out, String encodedKey, String value) {
        if (value == null) {
            return;
        }
        if (out.length() > 0) {
            out.append('&');
        }
        out.append(encodedKey).append('=');
        urlencode(out, value);
    }

    /** PHP's string conversion of scalars: true/false as 1/0, numbers without exponent or trailing ".0". */
    private static String scalar(Object value) {
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return BigDecimal.valueOf(d).toPlainString();
        }
        return value.toString();
    }

    static String urlencode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        urlencode(out, text);
        return out.toString();
    }

    /** PHP's {@code urlencode}: RFC 1738 form encoding of the text's UTF-8 bytes. */
    static void urlencode(StringBuilder out, String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (UNRESERVED[c]) {
                    out.append(c);
                } else if (c == ' ') {
                    out.append('+');
                } else {
                    percent(out, c);
                }
            } else if (c < 0x800) {
                percent(out, 0xC0 | (c >> 6));
                percent(out, 0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                percent(out, 0xF0 | (codePoint >> 18));
                percent(out, 0x80 | ((codePoint >> 12) & 0x3F));
                percent(out, 0x80 | ((codePoint >> 6) & 0x3F));
                percent(out, 0x80 | (codePoint & 0x3F));
            } else if (Character.isSurrogate(c)) {
                // a lone surrogate has no UTF-8 form; Java's encoders write '?' for it, so do we
                percent(out, '?');
            } else {
                percent(out, 0xE0 | (c >> 12));
                percent(out, 0x80 | ((c >> 6) & 0x3F));
                percent(out, 0x80 | (c & 0x3F));
            }
        }
    }

    private static void percent(StringBuilder out, int b) {
        out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
    }
}
