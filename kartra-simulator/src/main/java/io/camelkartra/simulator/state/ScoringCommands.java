package io.camelkartra.simulator.state;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code give_points_to_lead}, {@code remove_points_from_lead} (§2.6). "Is a number" is PHP's
 * {@code is_numeric}; the points are its integer part. {@code expiration} (days, optional) deducts
 * exactly those points again when it passes; a missing, zero or non-numeric expiration never expires.
 * The score is not floored at zero.
 */
final class ScoringCommands {

    private ScoringCommands() {
    }

    static void register(CommandRegistry registry) {
        registry.lead("give_points_to_lead", ScoringCommands::give);
        registry.lead("remove_points_from_lead", ScoringCommands::remove);
    }

    /** The {@code points} parameter, or its empty / not-a-number error. */
    private static Found<Long> points(ActionContext ctx, Message empty, Message notNumber) {
        String points = ctx.param("points");
        if (points.isEmpty()) {
            return Found.error(empty);
        }
        return PhpNumbers.isNumeric(points) ? Found.of(PhpNumbers.toLong(points)) : Found.error(notNumber);
    }

    static ActionResult give(ActionContext ctx) {
        Found<Long> points = points(ctx, Message.POINTS_EMPTY_ON_GIVE, Message.POINTS_NOT_NUMBER_ON_GIVE);
        if (points.failed()) {
            return points.failure();
        }
        long amount = points.value();
        String expiration = ctx.param("expiration");
        long days = PhpNumbers.isNumeric(expiration) ? PhpNumbers.toLong(expiration) : 0;
        Instant expiresAt = days > 0 ? ctx.data().now().plus(Duration.ofDays(days)) : null;
        ctx.lead().addPoints(amount, expiresAt);
        ctx.journal(Long.toString(amount), amount != 0);
        return ActionResult.ok(Message.POINTS_ADDED);
    }

    static ActionResult remove(ActionContext ctx) {
        Found<Long> points = points(ctx, Message.POINTS_EMPTY_ON_REMOVE, Message.POINTS_NOT_NUMBER_ON_REMOVE);
        if (points.failed()) {
            return points.failure();
        }
        long amount = points.value();
        ctx.lead().addPoints(-amount, null);
        ctx.journal(Long.toString(amount), amount != 0);
        return ActionResult.ok(Message.POINTS_REMOVED);
    }
}
