package io.camelkartra.model;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Kartra's timestamps: {@code yyyy-MM-dd HH:mm:ss} (sometimes without seconds) with no offset, in what Kartra calls
 * EST, which is US Eastern time with daylight saving: America/New_York.
 */
public final class KartraTimes {

    /** The zone of every Kartra timestamp. */
    public static final ZoneId EASTERN = ZoneId.of("America/New_York");

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private KartraTimes() {
    }

    /**
     * The timestamp as a time in America/New_York; null for null, blank, {@code N/A} and Kartra's "no date"
     * ({@code 0000-00-00 00:00:00}), and for text in no format Kartra uses.
     */
    public static ZonedDateTime parseEastern(String text) {
        if (text == null || text.isBlank() || "N/A".equalsIgnoreCase(text.trim()) || text.startsWith("0000-00-00")) {
            return null;
        }
        String trimmed = text.trim();
        try {
            DateTimeFormatter format = trimmed.length() > 16 ? SECONDS : MINUTES;
            return LocalDateTime.parse(trimmed, format).atZone(EASTERN);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
