package io.camelkartra.simulator.state;

/** A class (bookable event type) of a calendar. */
public record CalendarClass(long id, String name) {
}
