package io.camelkartra.model;

import java.math.BigDecimal;

/** Kartra's numbers: often sent as text, with thousands separators ({@code "1,250.00"}), and {@code N/A} for none. */
public final class KartraNumbers {

    private KartraNumbers() {
    }

    /** The text as a decimal, or null when it is no number ({@code N/A}, empty). */
    public static BigDecimal decimalOrNull(String text) {
        String number = number(text);
        if (number == null) {
            return null;
        }
        try {
            return new BigDecimal(number);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The text as a whole number, or null when it is none ({@code N/A}, empty, a fraction, out of range). */
    public static Integer integerOrNull(String text) {
        String number = number(text);
        if (number == null) {
            return null;
        }
        try {
            return Integer.valueOf(number);
        } catch (NumberFormatException e) {
            BigDecimal decimal = decimalOrNull(number);
            try {
                return decimal == null ? null : decimal.intValueExact();
            } catch (ArithmeticException notWhole) {
                return null;
            }
        }
    }

    /** The text without blanks and thousands separators, or null when it cannot be a number (so no exception is paid). */
    private static String number(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.indexOf(',') >= 0) {
            trimmed = trimmed.replace(",", "");
        }
        if (trimmed.isEmpty()) {
            return null;
        }
        char first = trimmed.charAt(0);
        return Character.isDigit(first) || first == '-' || first == '+' || first == '.' ? trimmed : null;
    }
}
