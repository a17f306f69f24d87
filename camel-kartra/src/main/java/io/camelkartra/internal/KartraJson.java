package io.camelkartra.internal;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.camelkartra.model.KartraNumbers;

/**
 * The JSON mapper for Kartra's replies and payloads, and the one place that reads every shape Kartra is documented or
 * reported to send (see {@code kartra-realworld.md}):
 * <ul>
 * <li>numbers as strings ({@code "score":"0"}) or as JSON numbers, and empty numbers as {@code "N/A"}: numeric fields
 * read leniently, a number, or null for {@code N/A}, empty or unreadable text (the raw reply stays on the response);
 * text fields take numbers and booleans as their text;</li>
 * <li>an object of the model sent as a JSON-encoded string (the documentation types {@code get_lead}'s
 * {@code lead_details} "string (JSON-encoded object)", every client reads an object): both read the same;</li>
 * <li>fields this version does not know: ignored, never a failure (the models that keep them say so).</li>
 * </ul>
 * Names that differ between documentation generations are aliases on the model's fields.
 */
public final class KartraJson {

    private static final String MODEL_PACKAGE = "io.camelkartra.model";
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
        lenientNumbers.setDeserializerModifier(new JsonEncodedModels());
        return new ObjectMapper()
                .registerModule(lenientNumbers)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** Lets every bean of the model also be read from a JSON-encoded string of itself. */
    private static final class JsonEncodedModels extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return description.getBeanClass().getPackageName().startsWith(MODEL_PACKAGE)
                    ? new JsonEncodedText(deserializer, description.getType()) : deserializer;
        }
    }

    /** A JSON object or array sent as a string: parsed, then read as the object itself. */
    private static final class JsonEncodedText extends DelegatingDeserializer {
        private final JavaType type;

        JsonEncodedText(JsonDeserializer<?> delegate, JavaType type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new JsonEncodedText(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                String text = parser.getText().trim();
                if (text.startsWith("{")) {
                    return MAPPER.readValue(text, type);
                }
            }
            return super.deserialize(parser, context);
        }
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
