package io.camelkartra.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** {@code application/x-www-form-urlencoded} text: IPN bodies and query strings. */
final class UrlEncodedForm {

    private UrlEncodedForm() {
    }

    /**
     * The fields in posting order; a repeated name keeps its last value, as PHP's {@code $_POST} does.
     *
     * @throws IllegalArgumentException for a malformed percent escape
     */
    public static Map<String, String> parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (text == null) {
            return fields;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            fields.remove(name);
            fields.put(name, value);
        }
        return fields;
    }

    /** The text without the fields of this name, the others left as they were written. */
    public static String without(String text, String name) {
        StringJoiner kept = new StringJoiner("&");
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            if (!pair.isEmpty() && !name.equals(decodeLeniently(rawName))) {
                kept.add(pair);
            }
        }
        return kept.toString();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String decodeLeniently(String text) {
        try {
            return decode(text);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
