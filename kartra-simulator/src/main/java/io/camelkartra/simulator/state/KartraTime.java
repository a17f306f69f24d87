package io.camelkartra.simulator.state;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Kartra's clock: all its timestamps are US Eastern wall time, {@code yyyy-mm-dd hh:mm:ss}, no offset. */
final class KartraTime {

    static final ZoneId EASTERN = ZoneId.of("America/New_York");
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** What Kartra shows for a date that is not set (e.g. the end of an active subscription). */
    static final String NO_DATE = "0000-00-00 00:00:00";

    private KartraTime() {
    }

    static LocalDateTime eastern(Instant instant) {
        return LocalDateTime.ofInstant(instant, EASTERN);
    }

    static String format(Instant instant) {
        return instant == null ? NO_DATE : FORMAT.format(eastern(instant));
    }

    static String format(LocalDateTime easternTime) {
        return easternTime == null ? NO_DATE : FORMAT.format(easternTime);
    }
}
