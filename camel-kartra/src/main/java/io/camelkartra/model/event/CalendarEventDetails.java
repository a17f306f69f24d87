package io.camelkartra.model.event;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code calendar} of {@code calendar_subscribe}, {@code calendar_cancel} and {@code calendar_complete}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class CalendarEventDetails implements KartraEventDetails {

    @JsonProperty("calendar_id")
    private String calendarId;
    @JsonProperty("calendar_name")
    private String calendarName;
    @JsonProperty("class_id")
    private String classId;
    @JsonProperty("class_name")
    private String className;
    @JsonProperty("hosts")
    private List<CalendarHost> hosts;
    @JsonProperty("vendor_timezone")
    private String vendorTimezone;
    @JsonProperty("calendar_subscription_id")
    private String calendarSubscriptionId;
    @JsonProperty("calendar_subscription_status")
    private String calendarSubscriptionStatus;
    @JsonProperty("events")
    private List<CalendarSession> events;

    public String getCalendarId() {
        return calendarId;
    }

    public String getCalendarName() {
        return calendarName;
    }

    public String getClassId() {
        return classId;
    }

    public String getClassName() {
        return className;
    }

    /** The host and co-hosts; empty when none were sent. */
    public List<CalendarHost> getHosts() {
        return hosts == null ? List.of() : hosts;
    }

    /** The calendar owner's time zone as sent, an IANA name ({@code America/Detroit}). */
    public String getVendorTimezone() {
        return vendorTimezone;
    }

    /** {@link #getVendorTimezone()} as a zone, or null when absent or not a zone name. */
    @JsonIgnore
    public ZoneId getVendorZone() {
        if (vendorTimezone == null || vendorTimezone.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(vendorTimezone.trim());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The lead's subscription (booking) to the class. */
    public String getCalendarSubscriptionId() {
        return calendarSubscriptionId;
    }

    /** The subscription's status as sent ({@code Cancelled} on cancellations). */
    public String getCalendarSubscriptionStatus() {
        return calendarSubscriptionStatus;
    }

    /** The booked sessions; empty when none were sent. */
    public List<CalendarSession> getEvents() {
        return events == null ? List.of() : events;
    }

    /** The subscription, or the calendar when Kartra sent no subscription id. */
    @Override
    public String getDetailId() {
        return calendarSubscriptionId != null ? calendarSubscriptionId : calendarId;
    }
}
