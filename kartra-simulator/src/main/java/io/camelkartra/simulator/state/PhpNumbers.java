package io.camelkartra.simulator.state;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** PHP's idea of a number, which is what Kartra's checks ("is not a number") apply to request strings. */
final class PhpNumbers {

    private static final Pattern NUMERIC = Pattern.compile(
            "[ \\t\\n\\r\\x0B\\f]*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?[ \\t\\n\\r\\x0B\\f]*");

    private PhpNumbers() {
    }

    /** PHP 8's {@code is_numeric} for strings. */
    static boolean isNumeric(String value) {
        return NUMERIC.matcher(value).matches();
    }

    /** The value of a numeric string (check {@link #isNumeric} first). */
    static BigDecimal decimal(String numeric) {
        return new BigDecimal(numeric.strip());
    }

    /** PHP's {@code (int)} of a numeric string: truncated toward zero, saturated to the long range. */
    static long toLong(String numeric) {
        BigDecimal value = decimal(numeric);
        if (value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Long.MAX_VALUE;
        }
        if (value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
            return Long.MIN_VALUE;
        }
        return value.longValue();
    }

    /** An id as Kartra takes it: digits only; anything else matches nothing. */
    static boolean isId(String value) {
        return value.matches("\\d{1,18}");
    }
}
