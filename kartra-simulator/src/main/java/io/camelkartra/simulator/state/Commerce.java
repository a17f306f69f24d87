package io.camelkartra.simulator.state;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * The mechanics of payments on an account: sales (with their subscription), rebills, failed rebills,
 * chargebacks, refunds and cancellations, each recorded as a transaction and reported to the
 * {@link EventSink}. Kartra's refusal rules (250, 251, 253…) are the API commands' business; here a
 * misuse is an {@link IllegalStateException}. Call with the account locked.
 */
final class Commerce {

    /** The outer period of recurring-instalment plans; price points do not model it. */
    static final String RECURRING_INSTALLMENTS_OUTER_PERIOD = "yearly";

    private final AccountData data;
    private final EventSink sink;

    Commerce(AccountData data, EventSink sink) {
        this.data = data;
        this.sink = sink;
    }

    /** A purchase: a {@code sale} transaction, a subscription for recurring price points, {@code buy_product} and IPN {@code sale}. */
    Transaction sell(Lead lead, Product product, PricePoint pricePoint, PurchaseOptions options) {
        Instant now = data.now();
        long transactionId = data.nextTransactionId();
        long subscriptionId = 0;
        if (pricePoint.type().isSubscription()) {
            subscriptionId = data.nextSubscriptionId();
            data.put(newSubscription(subscriptionId, lead, product, pricePoint, options, transactionId, now));
        }
        BigDecimal amount = pricePoint.firstCharge().multiply(BigDecimal.valueOf(options.quantity()));
        Transaction sale = new Transaction(transactionId, TransactionType.SALE, Buyer.of(lead), product.id(),
                pricePoint.number(), options.quantity(), amount, zero(), zero(), zero(), amount, now, 0, subscriptionId,
                subscriptionId == 0 ? 0 : 1, options.affiliate(), options.jv(), options.gateway(), last4(options.gateway()),
                options.test(), options.gatewayFailure());
        data.put(sale);
        sink.leadEvent(lead, OutboundAction.BUY_PRODUCT, sale);
        sink.paymentNotification(sale);
        return sale;
    }

    private Subscription newSubscription(long id, Lead lead, Product product, PricePoint pricePoint,
            PurchaseOptions options, long firstTransactionId, Instant now) {
        String gatewayId = options.gateway() == Gateway.PAYPAL
                ? "I-" + Long.toString(id * 7919L + 1_000_000_000L, 36).toUpperCase(Locale.ROOT)
                : "sub_" + id;
        LocalDateTime start = KartraTime.eastern(now);
        LocalDateTime next = pricePoint.hasTrial() ? start.plusDays(pricePoint.trialDays())
                : RecurringPeriod.of(pricePoint.recurringPeriod()).after(start);
        // A trial payment is not one of the instalments.
        Integer left = pricePoint.type() == PricePointType.RECURRING ? null
                : pricePoint.installments() - (pricePoint.hasTrial() ? 0 : 1);
        String period2 = pricePoint.type() == PricePointType.RECURRING_INSTALLMENTS ? RECURRING_INSTALLMENTS_OUTER_PERIOD : null;
        BigDecimal amount = pricePoint.amount().multiply(BigDecimal.valueOf(options.quantity()));
        return new Subscription(id, gatewayId, lead.id(), lead.email(), product.id(), pricePoint.number(), pricePoint.type(),
                options.quantity(), now, null, 1, left, pricePoint.recurringPeriod(), period2, SubscriptionStatus.ACTIVE, next,
                amount, zero(), options.affiliate(), options.jv(), options.gateway(), firstTransactionId,
                options.gatewayFailure());
    }

    /** The next scheduled payment of an active subscription: a {@code rebill} transaction and IPN; terminates it after the last instalment. */
    Transaction rebill(Subscription subscription) {
        requireStatus(subscription, SubscriptionStatus.ACTIVE);
        Transaction rebill = subscriptionPayment(subscription, TransactionType.REBILL, subscription.currentInstallment() + 1);
        Integer left = subscription.installmentsLeft() == null ? null : subscription.installmentsLeft() - 1;
        Subscription.Builder next = subscription.toBuilder().installments(subscription.currentInstallment() + 1, left);
        if (left != null && left <= 0) {
            next.status(SubscriptionStatus.TERMINATED).end(data.now()).nextPayment(null);
        } else {
            next.nextPayment(RecurringPeriod.of(subscription.recurringPeriod()).after(subscription.nextPayment()));
        }
        data.put(next.build());
        return rebill;
    }

    /** A scheduled payment that the gateway declined: a {@code failed} transaction and IPN; the subscription stays as it was. */
    Transaction failRebill(Subscription subscription) {
        requireStatus(subscription, SubscriptionStatus.ACTIVE);
        return subscriptionPayment(subscription, TransactionType.FAILED, subscription.currentInstallment() + 1);
    }

    private Transaction subscriptionPayment(Subscription subscription, TransactionType type, int payNumber) {
        Lead lead = data.lead(subscription.leadId()).orElseThrow();
        Transaction first = data.transaction(subscription.firstTransactionId()).orElseThrow();
        BigDecimal amount = subscription.amount();
        Transaction payment = new Transaction(data.nextTransactionId(), type, Buyer.of(lead), subscription.productId(),
                subscription.pricePoint(), subscription.quantity(), amount, zero(), zero(), zero(), amount, data.now(), 0,
                subscription.id(), payNumber, first.affiliate(), first.jv(), first.gateway(), first.last4(), first.test(),
                first.gatewayFailure());
        data.put(payment);
        sink.paymentNotification(payment);
        return payment;
    }

    /** A chargeback of a sale or rebill: a {@code chargeback} transaction for what was not refunded yet, and IPN. */
    Transaction chargeback(Transaction payment) {
        if (!payment.type().isPayment()) {
            throw new IllegalStateException("only sales and rebills can be charged back");
        }
        BigDecimal amount = payment.fullAmount().subtract(data.refundedAmount(payment));
        Transaction chargeback = child(payment, TransactionType.CHARGEBACK, amount);
        data.put(chargeback);
        sink.paymentNotification(chargeback);
        return chargeback;
    }

    /**
     * Refunds {@code amount} of a sale or rebill (all that is left when null): a {@code refund} transaction
     * when nothing is left afterwards, else a {@code partial_refund}; the matching outbound event and IPN.
     */
    Transaction refund(Transaction payment, BigDecimal amount) {
        BigDecimal left = payment.fullAmount().subtract(data.refundedAmount(payment));
        BigDecimal refunded = amount == null ? left : PricePoint.money(amount);
        if (refunded.signum() <= 0 || refunded.compareTo(left) > 0) {
            throw new IllegalStateException("cannot refund " + refunded + " of " + left);
        }
        boolean full = refunded.compareTo(left) == 0;
        Transaction refund = child(payment, full ? TransactionType.REFUND : TransactionType.PARTIAL_REFUND, refunded);
        data.put(refund);
        Lead lead = data.lead(payment.leadId()).orElseThrow();
        sink.leadEvent(lead, full ? OutboundAction.REFUND_PRODUCT : OutboundAction.PARTIAL_REFUND_PRODUCT, refund);
        sink.paymentNotification(refund);
        return refund;
    }

    private Transaction child(Transaction parent, TransactionType type, BigDecimal amount) {
        return new Transaction(data.nextTransactionId(), type, parent.buyer(), parent.productId(), parent.pricePoint(),
                parent.quantity(), amount, zero(), zero(), zero(), amount, data.now(), parent.id(), parent.subscriptionId(),
                parent.payNumber(), parent.affiliate(), parent.jv(), parent.gateway(), parent.last4(), parent.test(),
                parent.gatewayFailure());
    }

    /** Cancels a subscription: a {@code cancellation} transaction, {@code cancel_subscription} and IPN {@code cancellation}. */
    Transaction cancel(Subscription subscription) {
        if (subscription.status().isFinal()) {
            throw new IllegalStateException("subscription " + subscription.id() + " is " + subscription.status());
        }
        Instant now = data.now();
        data.put(subscription.toBuilder().status(SubscriptionStatus.CANCELLED).end(now).nextPayment(null).build());
        Transaction first = data.transaction(subscription.firstTransactionId()).orElseThrow();
        Lead lead = data.lead(subscription.leadId()).orElseThrow();
        Transaction cancellation = new Transaction(data.nextTransactionId(), TransactionType.CANCELLATION, Buyer.of(lead),
                subscription.productId(), subscription.pricePoint(), subscription.quantity(), zero(), zero(), zero(), zero(),
                zero(), now, 0, subscription.id(), subscription.currentInstallment(), first.affiliate(), first.jv(),
                first.gateway(), first.last4(), first.test(), first.gatewayFailure());
        data.put(cancellation);
        sink.leadEvent(lead, OutboundAction.CANCEL_SUBSCRIPTION, cancellation);
        sink.paymentNotification(cancellation);
        return cancellation;
    }

    private static void requireStatus(Subscription subscription, SubscriptionStatus status) {
        if (subscription.status() != status) {
            throw new IllegalStateException("subscription " + subscription.id() + " is " + subscription.status());
        }
    }

    private static String last4(Gateway gateway) {
        return gateway == Gateway.CARD ? "4242" : null;
    }

    private static BigDecimal zero() {
        return PricePoint.money(BigDecimal.ZERO);
    }
}
