package io.camelkartra.simulator.state;

import java.time.LocalDateTime;

/** A lead's subscription to a calendar class; {@code start} is null when no date was given (EST wall time). */
record CalendarBooking(long id, Calendar calendar, CalendarClass calendarClass, LocalDateTime start, Status status) {

    enum Status {
        ACTIVE,
        CANCELLED,
        COMPLETED
    }

    CalendarBooking withStatus(Status value) {
        return new CalendarBooking(id, calendar, calendarClass, start, value);
    }
}
