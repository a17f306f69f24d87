package io.camelkartra.simulator.state;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code calendar_subscribe}, {@code calendar_cancel} (§2.9). {@code starting_date} is
 * {@code DD Mmm YYYY} and {@code starting_hour} {@code HH:MM}, both Eastern; both are optional, an
 * hour without a date is 260, and the past (261) is judged on the day when no hour is given.
 * Subscribing again to a class the lead is booked on moves the booking to the new date.
 */
final class CalendarCommands {

    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMM uuuu").toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H:mm");

    private CalendarCommands() {
    }

    static void register(CommandRegistry registry) {
        registry.lead("calendar_subscribe", CalendarCommands::subscribe);
        registry.lead("calendar_cancel", CalendarCommands::cancel);
    }

    private record Target(Calendar calendar, CalendarClass calendarClass) {
    }

    /** The calendar and class of the action, or the 255–258 error. */
    private static Found<Target> target(ActionContext ctx) {
        String calendarName = ctx.param("calendar_name");
        String className = ctx.param("class_name");
        if (calendarName.isEmpty()) {
            return Found.error(Message.CALENDAR_EMPTY);
        }
        if (className.isEmpty()) {
            return Found.error(Message.CLASS_EMPTY);
        }
        Optional<Calendar> calendar = ctx.data().calendar(calendarName).filter(Calendar::completed);
        if (calendar.isEmpty()) {
            return Found.error(Message.CALENDAR_UNKNOWN);
        }
        return calendar.get().classNamed(className)
                .map(c -> Found.of(new Target(calendar.get(), c)))
                .orElseGet(() -> Found.error(Message.CLASS_UNKNOWN));
    }

    static ActionResult subscribe(ActionContext ctx) {
        Found<Target> found = target(ctx);
        if (found.failed()) {
            return found.failure();
        }
        String date = ctx.param("starting_date");
        String hour = ctx.param("starting_hour");
        LocalDateTime start = null;
        if (!date.isEmpty() || !hour.isEmpty()) {
            LocalDate day;
            LocalTime time;
            try {
                day = LocalDate.parse(date.strip(), DATE);
                time = hour.isEmpty() ? null : LocalTime.parse(hour.strip(), HOUR);
            } catch (DateTimeParseException e) {
                return ActionResult.error(Message.INVALID_DATE);
            }
            LocalDateTime now = KartraTime.eastern(ctx.data().now());
            if (time == null ? day.isBefore(now.toLocalDate()) : day.atTime(time).isBefore(now)) {
                return ActionResult.error(Message.DATE_IN_PAST);
            }
            start = time == null ? day.atStartOfDay() : day.atTime(time);
        }
        Target target = found.value();
        Optional<CalendarBooking> existing = ctx.lead().activeBooking(target.calendar(), target.calendarClass());
        boolean changed = existing.isEmpty() || !Objects.equals(existing.get().start(), start);
        CalendarBooking booking = new CalendarBooking(
                existing.map(CalendarBooking::id).orElseGet(() -> ctx.data().nextBookingId()),
                target.calendar(), target.calendarClass(), start, CalendarBooking.Status.ACTIVE);
        if (changed) {
            ctx.lead().book(booking);
            ctx.emit(OutboundAction.CALENDAR_SUBSCRIBE, booking);
        }
        ctx.journal(target.calendar().name() + "/" + target.calendarClass().name(), changed);
        return ActionResult.ok(Message.SUBSCRIBED_TO_CLASS);
    }

    static ActionResult cancel(ActionContext ctx) {
        Found<Target> found = target(ctx);
        if (found.failed()) {
            return found.failure();
        }
        Target target = found.value();
        Optional<CalendarBooking> booking = ctx.lead().activeBooking(target.calendar(), target.calendarClass());
        if (booking.isEmpty()) {
            return ActionResult.error(Message.NO_CALENDAR_SUBSCRIPTION);
        }
        CalendarBooking cancelled = booking.get().withStatus(CalendarBooking.Status.CANCELLED);
        ctx.lead().book(cancelled);
        ctx.emit(OutboundAction.CALENDAR_CANCEL, cancelled);
        ctx.journal(target.calendar().name() + "/" + target.calendarClass().name(), true);
        return ActionResult.ok(Message.UNSUBSCRIBED_FROM_CLASS);
    }
}
