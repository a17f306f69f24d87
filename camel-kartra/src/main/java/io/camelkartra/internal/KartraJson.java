package io.camelkartra.internal;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.camelkartra.model.KartraNumbers;

/**
 * The JSON mapper for Kartra's replies and payloads. Kartra sends numbers as strings ({@code "score":"0"}) and empty
 * numbers as {@code "N/A"}; numeric fields read leniently: a number, or null for {@code N/A}, empty or unreadable
 * text (the raw reply stays available on the response).
 */
public final class KartraJson {

    private static final ObjectMapper MAPPER = createMapper();

    private KartraJson() {
    }

    /** The shared, thread-safe mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper createMapper() {
        SimpleModule lenientNumbers = new SimpleModule("kartra-lenient-numbers");
        lenientNumbers.addDeserializer(BigDecimal.class, new LenientDecimal());
        lenientNumbers.addDeserializer(Integer.class, new LenientInteger());
        return new ObjectMapper()
                .registerModule(lenientNumbers)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    private static final class LenientDecimal extends JsonDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return parser.getDecimalValue();
            }
            if (token == JsonToken.VALUE_STRING) {
                return KartraNumbers.decimalOrNull(parser.getText());
            }
            parser.skipChildren();
            return null;
        }
    }

    private static final class LenientInteger extends JsonDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT) {
                return parser.getIntValue();
            }
            if (token == JsonToken.VALUE_STRING) {
                return KartraNumbers.integerOrNull(parser.getText());
            }
            if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                try {
                    return parser.getDecimalValue().intValueExact();
                } catch (ArithmeticException e) {
                    return null;
                }
            }
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return token == JsonToken.VALUE_TRUE ? 1 : 0;
            }
            parser.skipChildren();
            return null;
        }
    }
}
