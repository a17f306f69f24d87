package io.camelkartra.simulator.state;

import io.camelkartra.simulator.form.PhpArray;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code edit_subscription} (§2.11). All checks run before anything changes, in this order: 248,
 * 284 PayPal, 275 cancelled/terminated, 285 none of the editable parameters sent, 283 product and
 * price point (both needed, the price point must be recurring), 260/261 next payment date
 * ({@code yyyy-mm-dd hh:mm}, seconds allowed, Eastern), 268/277 amount, 280/281 recurrence
 * ({@code recurring_period_2} only for recurring-instalment plans), 278/276 quantity, 278/282
 * instalments left (a positive integer or "until cancelled"), 278/290 tax percent.
 */
final class SubscriptionEdit {

    private static final List<String> EDITABLE = List.of("subscription_product_id", "subscription_price_point",
            "subscription_next_payment_date", "subscription_amount", "subscription_recurrence",
            "subscription_product_quantity", "subscription_installments_left", "subscription_tax_percent");
    private static final Set<String> INSTALMENT_PERIODS = Set.of("monthly", "every 2 months", "weekly", "every 2 weeks");
    private static final Set<String> OUTER_PERIODS = Set.of("yearly", "every 2 years");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final BigDecimal MAX_PRICE = new BigDecimal("9999.99");
    private static final String MONEY = "\\d{1,9}(\\.\\d{1,2})?";

    private SubscriptionEdit() {
    }

    static ActionResult run(ActionContext ctx) {
        Found<Subscription> found = SubscriptionCommands.subscription(ctx, "subscription_id");
        if (found.failed()) {
            return found.failure();
        }
        Subscription subscription = found.value();
        if (subscription.gateway() == Gateway.PAYPAL) {
            return ActionResult.error(Message.PAYPAL_UNMODIFIABLE);
        }
        if (subscription.status().isFinal()) {
            return ActionResult.error(Message.SUBSCRIPTION_FINAL);
        }
        if (EDITABLE.stream().noneMatch(p -> sent(ctx, p))) {
            return ActionResult.error(Message.NOTHING_TO_EDIT);
        }
        Subscription.Builder edited = subscription.toBuilder();
        int quantity = subscription.quantity();
        PricePointType planType = subscription.planType();
        BigDecimal unitPrice = subscription.amount().divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP);

        if (sent(ctx, "subscription_product_id") || sent(ctx, "subscription_price_point")) {
            Optional<PricePoint> pricePoint = pricePoint(ctx);
            if (pricePoint.isEmpty()) {
                return ActionResult.error(Message.WRONG_PRODUCT);
            }
            planType = pricePoint.get().type();
            unitPrice = pricePoint.get().amount();
            edited.plan(Long.parseLong(ctx.param("subscription_product_id")), pricePoint.get().number(), planType)
                    .recurrence(pricePoint.get().recurringPeriod(), subscription.recurringPeriod2());
        }
        if (sent(ctx, "subscription_next_payment_date")) {
            LocalDateTime next;
            try {
                next = parseDateTime(ctx.param("subscription_next_payment_date"));
            } catch (DateTimeParseException e) {
                return ActionResult.error(Message.INVALID_DATE);
            }
            if (next.isBefore(KartraTime.eastern(ctx.data().now()))) {
                return ActionResult.error(Message.DATE_IN_PAST);
            }
            edited.nextPayment(next);
        }
        if (sent(ctx, "subscription_amount")) {
            String amount = ctx.param("subscription_amount").strip();
            if (!amount.matches(MONEY)) {
                return ActionResult.error(Message.INVALID_AMOUNT);
            }
            unitPrice = new BigDecimal(amount);
            if (unitPrice.compareTo(BigDecimal.ONE) < 0 || unitPrice.compareTo(MAX_PRICE) > 0) {
                return ActionResult.error(Message.PRICE_OUT_OF_RANGE);
            }
        }
        if (sent(ctx, "subscription_recurrence")) {
            Message invalid = recurrence(ctx, planType, subscription, edited);
            if (invalid != null) {
                return ActionResult.error(invalid);
            }
        }
        if (sent(ctx, "subscription_product_quantity")) {
            String text = ctx.param("subscription_product_quantity").strip();
            if (!text.matches("-?\\d{1,9}")) {
                return ActionResult.error(Message.INVALID_NUMBER);
            }
            quantity = Integer.parseInt(text);
            if (quantity < 1 || quantity > 9999) {
                return ActionResult.error(Message.QUANTITY_OUT_OF_RANGE);
            }
        }
        if (sent(ctx, "subscription_installments_left")) {
            String text = ctx.param("subscription_installments_left").strip();
            if (text.equalsIgnoreCase("until cancelled")) {
                edited.installmentsLeft(null);
            } else if (!text.matches("-?\\d{1,9}")) {
                return ActionResult.error(Message.INVALID_NUMBER);
            } else if (Integer.parseInt(text) < 1) {
                return ActionResult.error(Message.INSTALLMENTS_INVALID);
            } else {
                edited.installmentsLeft(Integer.parseInt(text));
            }
        }
        if (sent(ctx, "subscription_tax_percent")) {
            String text = ctx.param("subscription_tax_percent");
            if (!PhpNumbers.isNumeric(text)) {
                return ActionResult.error(Message.INVALID_NUMBER);
            }
            BigDecimal tax = PhpNumbers.decimal(text);
            if (tax.signum() < 0 || tax.compareTo(BigDecimal.valueOf(100)) > 0) {
                return ActionResult.error(Message.TAX_OUT_OF_RANGE);
            }
            edited.taxPercent(tax);
        }
        ctx.data().put(edited.quantity(quantity).amount(unitPrice.multiply(BigDecimal.valueOf(quantity))).build());
        return ActionResult.ok(Message.SUBSCRIPTION_MODIFIED);
    }

    /** A parameter that was sent with a value (an empty string counts as not sent). */
    private static boolean sent(ActionContext ctx, String name) {
        return ctx.rawParam(name) instanceof PhpArray || !ctx.param(name).isEmpty();
    }

    private static Optional<PricePoint> pricePoint(ActionContext ctx) {
        String productId = ctx.param("subscription_product_id");
        String number = ctx.param("subscription_price_point");
        if (!PhpNumbers.isId(productId) || !number.matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return ctx.data().product(Long.parseLong(productId))
                .flatMap((Product p) -> p.pricePoint(Integer.parseInt(number)))
                .filter(pp -> pp.type().isSubscription());
    }

    private static LocalDateTime parseDateTime(String text) {
        String value = text.strip();
        return value.length() == 16 ? LocalDateTime.parse(value, MINUTES) : LocalDateTime.parse(value, KartraTime.FORMAT);
    }

    /** Validates and applies {@code subscription_recurrence[recurring_period_1|2]}; the error, or null. */
    private static Message recurrence(ActionContext ctx, PricePointType planType, Subscription subscription,
            Subscription.Builder edited) {
        if (!(ctx.rawParam("subscription_recurrence") instanceof PhpArray recurrence)) {
            return Message.INVALID_RECURRING_PERIOD;
        }
        String period1 = recurrence.text("recurring_period_1").toLowerCase(Locale.ROOT);
        String period2 = recurrence.text("recurring_period_2").toLowerCase(Locale.ROOT);
        boolean instalmentsRecurring = planType == PricePointType.RECURRING_INSTALLMENTS;
        if (!period2.isEmpty() && !instalmentsRecurring) {
            return Message.RECURRENCE_UNCHANGEABLE;
        }
        boolean validFirst = instalmentsRecurring ? INSTALMENT_PERIODS.contains(period1)
                : RecurringPeriod.fromWireName(period1).isPresent();
        if (!validFirst || (!period2.isEmpty() && !OUTER_PERIODS.contains(period2))) {
            return Message.INVALID_RECURRING_PERIOD;
        }
        edited.recurrence(period1, period2.isEmpty() ? subscription.recurringPeriod2() : period2);
        return null;
    }
}
