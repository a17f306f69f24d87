package io.camelkartra.model;

import java.math.BigDecimal;

/** Kartra's numbers: often sent as text, with thousands separators ({@code "1,250.00"}), and {@code N/A} for none. */
public final class KartraNumbers {

    private KartraNumbers() {
    }

    /** The text as a decimal, or null when it is no number ({@code N/A}, empty). */
    public static BigDecimal decimalOrNull(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim().replace(",", "");
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
