package io.camelkartra.simulator.state;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Kartra's value conventions: numbers as strings, amounts with two decimals, {@code N/A} for nothing. */
final class Wire {

    static final String NOT_AVAILABLE = "N/A";

    private Wire() {
    }

    static String number(long value) {
        return Long.toString(value);
    }

    static String amount(BigDecimal value) {
        return value == null ? NOT_AVAILABLE : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static String orNotAvailable(String value) {
        return value == null || value.isEmpty() ? NOT_AVAILABLE : value;
    }

    /** A JSON object from alternating keys and values, in that order. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
