package io.camelkartra.model.event;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One booked session of a calendar subscription: an element of the calendar's {@code events} list
 * ({@code {"event_date":"2020-12-11 09:00","event_duration":60}} on Kartra's calendar pages).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class CalendarSession {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @JsonProperty("event_date")
    private String eventDate;
    @JsonProperty("event_duration")
    private Integer eventDuration;

    /** The start as sent, {@code yyyy-MM-dd HH:mm}. */
    public String getEventDate() {
        return eventDate;
    }

    /**
     * {@link #getEventDate()} as a local date-time, or null when absent or in another format. Kartra names no zone
     * for it; the calendar's {@link CalendarEventDetails#getVendorTimezone() vendor time zone} is the likely one.
     */
    @JsonIgnore
    public LocalDateTime getEventDateTime() {
        if (eventDate == null) {
            return null;
        }
        String text = eventDate.trim();
        try {
            return LocalDateTime.parse(text, text.length() > 16 ? SECONDS : MINUTES);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The length in minutes. */
    public Integer getEventDuration() {
        return eventDuration;
    }

    @Override
    public String toString() {
        return "CalendarSession[" + eventDate + ", " + eventDuration + " min]";
    }
}
