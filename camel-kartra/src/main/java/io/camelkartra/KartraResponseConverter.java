package io.camelkartra;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.camelkartra.internal.KartraJson;
import io.camelkartra.model.KartraActionResult;
import io.camelkartra.model.KartraResponse;
import org.apache.camel.Converter;

/**
 * A Kartra reply as JSON text, in Kartra's own field names, so that any endpoint that writes text can take the
 * producer's reply as it is: the HTTP source of a Pipe answering its poster, a {@code file:} or {@code kafka:} step.
 */
@Converter(generateLoader = true)
public final class KartraResponseConverter {

    private KartraResponseConverter() {
    }

    @Converter
    public static String toJson(KartraResponse response) throws JsonProcessingException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", response.getStatus());
        json.put("message", response.getMessage());
        json.put("type", response.getType());
        json.put("actions", response.getActions().stream().map(KartraResponseConverter::action).toList());
        json.putAll(response.getData());
        return KartraJson.mapper().writeValueAsString(json);
    }

    /** What an HTTP server writes (platform-http on Vert.x asks for a stream or a buffer), a file or a Kafka record. */
    @Converter
    public static byte[] toBytes(KartraResponse response) throws JsonProcessingException {
        return toJson(response).getBytes(StandardCharsets.UTF_8);
    }

    @Converter
    public static InputStream toInputStream(KartraResponse response) throws JsonProcessingException {
        return new ByteArrayInputStream(toBytes(response));
    }

    private static Map<String, Object> action(KartraActionResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("cmd", result.getCommand());
        json.put("status", result.getStatus());
        json.put("message", result.getMessage());
        json.put("type", result.getType());
        json.putAll(result.getData());
        return json;
    }
}
