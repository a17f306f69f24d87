package io.camelkartra.simulator.state;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A recurring-payment subscription. Immutable; changes replace it. {@code installmentsLeft} is null
 * for "until cancelled"; {@code recurringPeriod2} is the outer period of a recurring-instalments plan;
 * {@code nextPayment} is EST wall time, {@code nextAmount} null when there is no next payment.
 */
public record Subscription(long id, String gatewaySubscriptionId, long leadId, String leadEmail, long productId,
        int pricePoint, PricePointType planType, int quantity, Instant start, Instant end, int currentInstallment,
        Integer installmentsLeft, String recurringPeriod, String recurringPeriod2, SubscriptionStatus status,
        LocalDateTime nextPayment, BigDecimal amount, BigDecimal taxPercent, String affiliate, String jv,
        Gateway gateway, long firstTransactionId, boolean gatewayFailure) {

    public BigDecimal nextAmount() {
        return status == SubscriptionStatus.ACTIVE || status == SubscriptionStatus.PAUSED ? amount : null;
    }

    Builder toBuilder() {
        return new Builder(this);
    }

    /** Copies a subscription with some fields changed. */
    static final class Builder {
        private final Subscription s;
        private long productId;
        private int pricePoint;
        private PricePointType planType;
        private int quantity;
        private Instant end;
        private int currentInstallment;
        private Integer installmentsLeft;
        private String recurringPeriod;
        private String recurringPeriod2;
        private SubscriptionStatus status;
        private LocalDateTime nextPayment;
        private BigDecimal amount;
        private BigDecimal taxPercent;
        private boolean gatewayFailure;

        private Builder(Subscription s) {
            this.s = s;
            productId = s.productId;
            pricePoint = s.pricePoint;
            planType = s.planType;
            quantity = s.quantity;
            end = s.end;
            currentInstallment = s.currentInstallment;
            installmentsLeft = s.installmentsLeft;
            recurringPeriod = s.recurringPeriod;
            recurringPeriod2 = s.recurringPeriod2;
            status = s.status;
            nextPayment = s.nextPayment;
            amount = s.amount;
            taxPercent = s.taxPercent;
            gatewayFailure = s.gatewayFailure;
        }

        public Builder plan(long product, int point, PricePointType type) {
            productId = product;
            pricePoint = point;
            planType = type;
            return this;
        }

        public Builder quantity(int value) {
            quantity = value;
            return this;
        }

        public Builder end(Instant value) {
            end = value;
            return this;
        }

        public Builder installments(int current, Integer left) {
            currentInstallment = current;
            installmentsLeft = left;
            return this;
        }

        public Builder installmentsLeft(Integer left) {
            installmentsLeft = left;
            return this;
        }

        public Builder recurrence(String period, String period2) {
            recurringPeriod = period;
            recurringPeriod2 = period2;
            return this;
        }

        public Builder status(SubscriptionStatus value) {
            status = value;
            return this;
        }

        public Builder nextPayment(LocalDateTime value) {
            nextPayment = value;
            return this;
        }

        public Builder amount(BigDecimal value) {
            amount = value;
            return this;
        }

        public Builder taxPercent(BigDecimal value) {
            taxPercent = value;
            return this;
        }

        public Builder gatewayFailure(boolean value) {
            gatewayFailure = value;
            return this;
        }

        public Subscription build() {
            return new Subscription(s.id, s.gatewaySubscriptionId, s.leadId, s.leadEmail, productId, pricePoint, planType,
                    quantity, s.start, end, currentInstallment, installmentsLeft, recurringPeriod, recurringPeriod2, status,
                    nextPayment, amount, taxPercent, s.affiliate, s.jv, s.gateway, s.firstTransactionId, gatewayFailure);
        }
    }
}
