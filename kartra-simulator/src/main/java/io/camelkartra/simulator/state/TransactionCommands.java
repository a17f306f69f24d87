package io.camelkartra.simulator.state;

import static io.camelkartra.simulator.state.Wire.number;
import static io.camelkartra.simulator.state.Wire.object;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * {@code search_transaction}, {@code get_transaction_details}, {@code retrieve_transactions_from_lead},
 * {@code refund_transaction} (§2.10). Refund checks: 247 unknown, 253 not a sale/rebill or a test
 * purchase, 251 nothing left to refund, 250 older than the product's refund period, 268 an amount
 * that is not a positive decimal with at most two places or exceeds what is left, 266 the gateway refuses.
 */
final class TransactionCommands {

    private TransactionCommands() {
    }

    static void register(CommandRegistry registry) {
        registry.account("search_transaction", ctx -> {
            Found<Transaction> found = transaction(ctx);
            return found.failed() ? found.failure() : ActionResult.ok(Message.TRANSACTION_EXISTS);
        });
        registry.account("get_transaction_details", ctx -> {
            Found<Transaction> found = transaction(ctx);
            return found.failed() ? found.failure()
                    : ActionResult.data(object("transaction_details", PaymentJson.transactionDetails(ctx.data(), found.value())));
        });
        registry.lead("retrieve_transactions_from_lead", ctx -> ActionResult.data(object("transaction_list",
                ctx.data().transactionsOf(ctx.lead().id()).stream().map(PaymentJson::transactionListItem).toList())));
        registry.account("refund_transaction", TransactionCommands::refund);
    }

    static Found<Transaction> transaction(ActionContext ctx) {
        return Found.byId(ctx.param("transaction_id"), ctx.data()::transaction, Message.TRANSACTION_UNKNOWN);
    }

    static ActionResult refund(ActionContext ctx) {
        Found<Transaction> found = transaction(ctx);
        if (found.failed()) {
            return found.failure();
        }
        Transaction payment = found.value();
        if (!payment.type().isPayment() || payment.test()) {
            return ActionResult.error(Message.NOT_REFUNDABLE);
        }
        BigDecimal left = payment.fullAmount().subtract(ctx.data().refundedAmount(payment));
        if (left.signum() <= 0) {
            return ActionResult.error(Message.ALREADY_REFUNDED);
        }
        int refundDays = ctx.data().product(payment.productId()).map(Product::refundPeriodDays).orElse(0);
        if (ctx.data().now().isAfter(payment.date().plus(Duration.ofDays(refundDays)))) {
            return ActionResult.error(Message.OUTSIDE_REFUND_PERIOD);
        }
        String amountText = ctx.param("refund_amount").strip();
        BigDecimal amount = null;
        if (!amountText.isEmpty()) {
            if (!amountText.matches("\\d{1,9}(\\.\\d{1,2})?")) {
                return ActionResult.error(Message.INVALID_AMOUNT);
            }
            amount = new BigDecimal(amountText);
            if (amount.signum() <= 0 || amount.compareTo(left) > 0) {
                return ActionResult.error(Message.INVALID_AMOUNT);
            }
        }
        if (payment.gatewayFailure()) {
            return ActionResult.error(Message.REFUND_FAILED);
        }
        new Commerce(ctx.data(), ctx.call().events()).refund(payment, amount);
        return ActionResult.data(object("transaction_refunded", number(payment.id())));
    }
}
