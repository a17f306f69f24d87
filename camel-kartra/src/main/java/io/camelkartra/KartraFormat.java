package io.camelkartra;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalQuery;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A rule a parameter's value must follow, checked before sending with the message type Kartra answers when it does
 * not: {@code problem} completes "{@code <option> '<value>' ...}" in the exception's message. {@code values} lists the
 * valid values of a {@link #oneOf one-of} format, null for the others.
 */
record KartraFormat(Predicate<Object> accepts, KartraMessageType type, String problem, List<String> values) {

    KartraFormat(Predicate<Object> accepts, KartraMessageType type, String problem) {
        this(accepts, type, problem, null);
    }

    /** Text matching the pattern. */
    static KartraFormat matching(String regex, KartraMessageType type, String problem) {
        Pattern pattern = Pattern.compile(regex);
        return new KartraFormat(value -> pattern.matcher(value.toString()).matches(), type, problem);
    }

    /** A date or time in this layout, read as {@code query} reads it (leading and trailing spaces ignored). */
    static KartraFormat time(String layout, TemporalQuery<?> query, KartraMessageType type, String problem) {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern(layout, Locale.ENGLISH);
        return new KartraFormat(value -> {
            try {
                formatter.parse(value.toString().trim(), query);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }, type, problem);
    }

    /** A number from {@code min} to {@code max}, both included; null for no bound. */
    static KartraFormat between(String min, String max, KartraMessageType type, String problem) {
        BigDecimal low = min == null ? null : new BigDecimal(min);
        BigDecimal high = max == null ? null : new BigDecimal(max);
        return new KartraFormat(value -> {
            BigDecimal number = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
            return (low == null || number.compareTo(low) >= 0) && (high == null || number.compareTo(high) <= 0);
        }, type, problem);
    }

    /** A number above zero. */
    static KartraFormat positive(KartraMessageType type, String problem) {
        return new KartraFormat(value -> new BigDecimal(value.toString()).signum() > 0, type, problem);
    }

    /** One of these texts, exactly. */
    static KartraFormat oneOf(Collection<String> values, KartraMessageType type) {
        List<String> valid = List.copyOf(values);
        return new KartraFormat(valid::contains, type, "must be one of " + String.join(", ", valid), valid);
    }

    /** A list of names none of which is empty. */
    static KartraFormat noEmptyName(KartraMessageType type, String problem) {
        return new KartraFormat(value -> value instanceof List<?> names && names.stream().noneMatch(n -> n.toString().isEmpty()),
                type, problem);
    }
}
