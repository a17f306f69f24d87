package io.camelkartra.model;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Kartra's timestamps: {@code yyyy-MM-dd HH:mm:ss} (sometimes without seconds), or, on some documentation pages (the
 * IPN's {@code gdpr_lead_status_date}), {@code dd MMM yyyy HH:mm:ss} ({@code 05 Mar 2026 14:02:11}); with no offset,
 * in what Kartra calls EST, which is US Eastern time with daylight saving: America/New_York.
 */
public final class KartraTimes {

    /** The zone of every Kartra timestamp. */
    public static final ZoneId EASTERN = ZoneId.of("America/New_York");

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm[:ss]", Locale.ENGLISH);

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
            DateTimeFormatter format = trimmed.chars().anyMatch(Character::isLetter) ? DAY_MONTH_YEAR
                    : trimmed.length() > 16 ? SECONDS : MINUTES;
            return LocalDateTime.parse(trimmed, format).atZone(EASTERN);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
