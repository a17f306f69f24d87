package io.camelkartra;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The parameters of one call: each is the message header of that name if present, else the endpoint option. Values
 * are checked the way Kartra checks them, and a missing or malformed one raises the exception with the type Kartra
 * would have answered, before anything is sent.
 */
final class KartraParameters {

    private final Exchange exchange;
    private final Message message;
    private final String command;

    KartraParameters(Exchange exchange, String command) {
        this.exchange = exchange;
        this.message = exchange.getMessage();
        this.command = command;
    }

    String command() {
        return command;
    }

    /** The text, or null when neither the header nor the option is set. */
    String text(String header, String option) {
        Object value = message.getHeader(header);
        if (value != null) {
            return exchange.getContext().getTypeConverter().convertTo(String.class, exchange, value);
        }
        return option;
    }

    /** A text that must not be empty. */
    String required(String header, String option, KartraMessageType whenEmpty, String optionName) {
        String value = text(header, option);
        if (value == null || value.isBlank()) {
            throw missing(whenEmpty, optionName, header);
        }
        return value;
    }

    /** A whole number, or null when unset; text that is no whole number is refused with {@code notANumber}. */
    Integer integer(String header, Integer option, KartraMessageType notANumber, String optionName) {
        Object value = message.getHeader(header);
        if (value == null) {
            return option;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        String text = value.toString().trim();
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw KartraFailures.beforeSending(notANumber, optionName + " must be a whole number (header " + header + " is '"
                                                           + abbreviate(text) + "')", command);
        }
    }

    /** A decimal, or null when unset; text that is no number is refused with {@code invalid}. */
    BigDecimal decimal(String header, String option, KartraMessageType invalid, String optionName) {
        Object value = message.getHeader(header);
        if (value == null) {
            value = option;
        }
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            throw KartraFailures.beforeSending(invalid, optionName + " must be a decimal number (got '"
                                                        + abbreviate(value.toString()) + "')", command);
        }
    }

    /** Trimmed names from a comma-separated text or a collection; empty when unset; blank names kept only if asked. */
    List<String> names(String header, String option, boolean keepBlanks) {
        Object value = message.getHeader(header);
        List<String> names = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            for (Object element : collection) {
                add(names, element == null ? "" : element.toString(), keepBlanks);
            }
            return names;
        }
        String text = value != null ? value.toString() : option;
        if (text != null && !text.isBlank()) {
            for (String name : text.split(",", -1)) {
                add(names, name, keepBlanks);
            }
        }
        return names;
    }

    private static void add(List<String> names, String name, boolean keepBlanks) {
        String trimmed = name.trim();
        if (keepBlanks || !trimmed.isEmpty()) {
            names.add(trimmed);
        }
    }

    RuntimeException missing(KartraMessageType type, String optionName, String header) {
        return KartraFailures.beforeSending(type, optionName + " is required: set the " + optionName + " option or the "
                                                  + header + " header", command);
    }

    RuntimeException invalid(KartraMessageType type, String explanation) {
        return KartraFailures.beforeSending(type, explanation, command);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
