package io.camelkartra.simulator.state;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A product's price point ({@code product_price_point} 1…n). {@code installments} is the number of
 * payments for the instalment types (0 for one-time and recurring); a trial of {@code trialDays} days
 * is charged {@code trialAmount} first.
 */
public record PricePoint(int number, PricePointType type, BigDecimal amount, String recurringPeriod, int installments,
        int trialDays, BigDecimal trialAmount) {

    public PricePoint {
        Objects.requireNonNull(type, "type");
        amount = money(amount);
        trialAmount = trialAmount == null ? null : money(trialAmount);
        if (type.isSubscription()) {
            RecurringPeriod.of(recurringPeriod);
        }
        if ((type == PricePointType.INSTALLMENTS || type == PricePointType.RECURRING_INSTALLMENTS) && installments < 2) {
            throw new IllegalArgumentException("an instalment plan needs two or more payments");
        }
    }

    public static PricePoint oneTime(int number, String amount) {
        return new PricePoint(number, PricePointType.ONE_TIME, new BigDecimal(amount), null, 0, 0, null);
    }

    public static PricePoint recurring(int number, String amount, String period) {
        return new PricePoint(number, PricePointType.RECURRING, new BigDecimal(amount), period, 0, 0, null);
    }

    public static PricePoint installments(int number, String amount, String period, int payments) {
        return new PricePoint(number, PricePointType.INSTALLMENTS, new BigDecimal(amount), period, payments, 0, null);
    }

    public PricePoint withTrial(int days, String trialPrice) {
        return new PricePoint(number, type, amount, recurringPeriod, installments, days, new BigDecimal(trialPrice));
    }

    public boolean hasTrial() {
        return trialDays > 0;
    }

    /** What a subscription's first transaction charges. */
    public BigDecimal firstCharge() {
        return hasTrial() ? trialAmount : amount;
    }

    static BigDecimal money(BigDecimal value) {
        return Objects.requireNonNull(value, "amount").setScale(2, RoundingMode.HALF_UP);
    }
}
