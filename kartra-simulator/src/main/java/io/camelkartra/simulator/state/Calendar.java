package io.camelkartra.simulator.state;

import java.util.List;
import java.util.Optional;

/**
 * An account's calendar with its classes. A calendar that is not {@code completed} (its set-up was
 * not finished in the UI) is treated as not existing (257), as Kartra documents.
 */
public record Calendar(long id, String name, boolean completed, String timezone, List<CalendarHost> hosts,
        List<CalendarClass> classes) {

    public Calendar {
        hosts = List.copyOf(hosts);
        classes = List.copyOf(classes);
    }

    public Optional<CalendarClass> classNamed(String className) {
        return classes.stream().filter(c -> c.name().equalsIgnoreCase(className)).findFirst();
    }
}
