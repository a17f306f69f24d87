package io.camelkartra.simulator.state;

import java.time.LocalDateTime;
import java.time.Period;
import java.util.Arrays;
import java.util.Optional;

/** The recurring periods of kartra-api.md §2.11, by wire name. */
enum RecurringPeriod {
    MONTHLY("monthly", Period.ofMonths(1)),
    EVERY_2_MONTHS("every 2 months", Period.ofMonths(2)),
    QUARTERLY("quarterly", Period.ofMonths(3)),
    YEARLY("yearly", Period.ofYears(1)),
    EVERY_2_YEARS("every 2 years", Period.ofYears(2)),
    WEEKLY("weekly", Period.ofWeeks(1)),
    EVERY_2_WEEKS("every 2 weeks", Period.ofWeeks(2));

    private final String wireName;
    private final Period length;

    RecurringPeriod(String wireName, Period length) {
        this.wireName = wireName;
        this.length = length;
    }

    String wireName() {
        return wireName;
    }

    LocalDateTime after(LocalDateTime time) {
        return time.plus(length);
    }

    static Optional<RecurringPeriod> fromWireName(String name) {
        return Arrays.stream(values()).filter(p -> p.wireName.equals(name)).findFirst();
    }

    static RecurringPeriod of(String wireName) {
        return fromWireName(wireName).orElseThrow(() -> new IllegalArgumentException("unknown recurring period: " + wireName));
    }
}
