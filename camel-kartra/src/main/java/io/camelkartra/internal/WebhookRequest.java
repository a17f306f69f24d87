package io.camelkartra.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The body of a post as the runtime's HTTP server hands it over: bytes, a stream or a buffer for JSON; for forms,
 * either the raw text or a map the server already parsed. Bodies over the size limit are refused (413) from their
 * declared length when there is one, else from what was read.
 */
public final class WebhookRequest {

    private static final String SPRING_BOOT_BINDING = "org.apache.camel.component.platform.http.springboot.";

    private WebhookRequest() {
    }

    /** The content type without parameters, in lower case; empty when absent. */
    public static String mediaType(Message message) {
        String contentType = message.getHeader(Exchange.CONTENT_TYPE, String.class);
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }

    /** The body's bytes. */
    public static byte[] bytes(Message message, int maxBodySize) throws WebhookRejection {
        checkDeclaredLength(message, maxBodySize);
        Object body = message.getBody();
        byte[] bytes;
        if (body instanceof InputStream stream) {
            bytes = readAtMost(stream, maxBodySize + 1);
        } else {
            bytes = body == null ? null : message.getBody(byte[].class);
        }
        if (bytes == null || bytes.length == 0) {
            throw new WebhookRejection(400, "empty body");
        }
        if (bytes.length > maxBodySize) {
            throw tooLarge();
        }
        return bytes;
    }

    /** The form fields in posting order; a field posted twice keeps its last value. */
    public static Map<String, String> form(Message message, int maxBodySize) throws WebhookRejection {
        Map<String, String> fields;
        if (message.getBody() instanceof Map<?, ?> parsed) {
            checkDeclaredLength(message, maxBodySize);
            fields = new LinkedHashMap<>();
            boolean escaped = keepsEscapes(message);
            try {
                parsed.forEach((name, value) -> fields.put(unescape(String.valueOf(name), escaped), unescape(lastValue(value), escaped)));
            } catch (IllegalArgumentException e) {
                throw new WebhookRejection(400, "malformed form body");
            }
            if (encodedLength(fields) > maxBodySize) {
                throw tooLarge();
            }
        } else {
            try {
                fields = UrlEncodedForm.parse(new String(bytes(message, maxBodySize), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new WebhookRejection(400, "malformed form body");
            }
        }
        if (fields.isEmpty()) {
            throw new WebhookRejection(400, "empty body");
        }
        return fields;
    }

    /**
     * Whether the server's form map still holds {@code %XX} escapes: camel-platform-http-starter (Spring Boot) parses
     * the body with Camel's URI query parser, which turns {@code +} into a space and leaves the escapes; Vert.x decodes.
     * The servlet binding cannot be asked for the raw body instead, and Vert.x keeps none when it parses a form.
     */
    private static boolean keepsEscapes(Message message) {
        return message.getClass().getName().startsWith(SPRING_BOOT_BINDING);
    }

    private static String unescape(String text, boolean escaped) {
        return escaped ? URLDecoder.decode(text, StandardCharsets.UTF_8) : text;
    }

    private static void checkDeclaredLength(Message message, int maxBodySize) throws WebhookRejection {
        Long declared = message.getHeader("Content-Length", Long.class);
        if (declared != null && declared > maxBodySize) {
            throw tooLarge();
        }
    }

    private static byte[] readAtMost(InputStream stream, int limit) throws WebhookRejection {
        try (stream) {
            return stream.readNBytes(limit);
        } catch (IOException e) {
            throw new WebhookRejection(400, "unreadable body");
        }
    }

    private static String lastValue(Object value) {
        if (value instanceof List<?> values) {
            return values.isEmpty() ? "" : String.valueOf(values.get(values.size() - 1));
        }
        return value == null ? "" : value.toString();
    }

    /** The size of the fields as the client most likely sent them. */
    private static long encodedLength(Map<String, String> fields) {
        long length = 0;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            length += URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8).length()
                      + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8).length() + 2;
        }
        return length;
    }

    private static WebhookRejection tooLarge() {
        return new WebhookRejection(413, "body too large");
    }
}
