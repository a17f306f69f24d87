package io.camelkartra.simulator.state;

import static io.camelkartra.simulator.state.Wire.number;
import static io.camelkartra.simulator.state.Wire.object;


/**
 * {@code search_subscription}, {@code get_subscription_details}, {@code retrieve_subscriptions_from_lead},
 * {@code cancel_transaction}, {@code modify_subscription_status} (§2.11); {@code edit_subscription}
 * is {@link SubscriptionEdit}. Subscriptions are addressed by {@code subscription_id} (the internal id).
 */
final class SubscriptionCommands {

    private SubscriptionCommands() {
    }

    static void register(CommandRegistry registry) {
        registry.account("search_subscription", ctx -> {
            Found<Subscription> found = subscription(ctx, "subscription_id");
            return found.failed() ? found.failure() : ActionResult.ok(Message.SUBSCRIPTION_EXISTS);
        });
        registry.account("get_subscription_details", ctx -> {
            Found<Subscription> found = subscription(ctx, "subscription_id");
            return found.failed() ? found.failure()
                    : ActionResult.data(object("subscription_details", PaymentJson.subscriptionDetails(found.value())));
        });
        registry.lead("retrieve_subscriptions_from_lead", ctx -> ActionResult.data(object("subscriptions_list",
                ctx.data().subscriptionsOf(ctx.lead().id()).stream().map(PaymentJson::subscriptionListItem).toList())));
        registry.account("cancel_transaction", SubscriptionCommands::cancel);
        registry.account("modify_subscription_status", SubscriptionCommands::modifyStatus);
        registry.account("edit_subscription", SubscriptionEdit::run);
    }

    static Found<Subscription> subscription(ActionContext ctx, String param) {
        return Found.byId(ctx.param(param), ctx.data()::subscription, Message.SUBSCRIPTION_UNKNOWN);
    }

    /**
     * Cancels the subscription of {@code transaction_id}, or the one named by
     * {@code transaction_internal_subscription_id} (or the legacy gateway id
     * {@code transaction_subscription_id}). An unknown transaction is 248: 247 is not among this
     * command's documented errors. Cancelled and terminated subscriptions both answer 252.
     */
    static ActionResult cancel(ActionContext ctx) {
        Found<Subscription> found = subscriptionToCancel(ctx);
        if (found.failed()) {
            return found.failure();
        }
        Subscription subscription = found.value();
        boolean testPurchase = ctx.data().transaction(subscription.firstTransactionId()).map(Transaction::test).orElse(false);
        if (testPurchase) {
            return ActionResult.error(Message.NOT_REFUNDABLE);
        }
        if (subscription.status().isFinal()) {
            return ActionResult.error(Message.ALREADY_CANCELLED);
        }
        if (subscription.gatewayFailure()) {
            return ActionResult.error(Message.CANCELLATION_FAILED);
        }
        new Commerce(ctx.data(), ctx.call().events()).cancel(subscription);
        return ActionResult.data(object("transaction_subscription_id", subscription.gatewaySubscriptionId(),
                "transaction_internal_subscription_id", number(subscription.id())));
    }

    private static Found<Subscription> subscriptionToCancel(ActionContext ctx) {
        if (!ctx.param("transaction_id").isEmpty()) {
            Found<Transaction> transaction = TransactionCommands.transaction(ctx);
            if (transaction.failed()) {
                return Found.error(Message.SUBSCRIPTION_UNKNOWN);
            }
            if (!transaction.value().type().isPayment()) {
                return Found.error(Message.NOT_REFUNDABLE);
            }
            if (transaction.value().subscriptionId() == 0) {
                return Found.error(Message.NOT_RECURRING);
            }
            return ctx.data().subscription(transaction.value().subscriptionId()).map(Found::of)
                    .orElseGet(() -> Found.error(Message.SUBSCRIPTION_UNKNOWN));
        }
        if (!ctx.param("transaction_internal_subscription_id").isEmpty()) {
            return subscription(ctx, "transaction_internal_subscription_id");
        }
        return ctx.data().subscriptionByGatewayId(ctx.param("transaction_subscription_id")).map(Found::of)
                .orElseGet(() -> Found.error(Message.SUBSCRIPTION_UNKNOWN));
    }

    /**
     * {@code subscription_status_modification} = {@code cancel} | {@code pause} | {@code unpause}.
     * Checks: 248, 274, 252 (cancel of a cancelled one), 275 (final), 284 (PayPal: cancel only), 267.
     * Pausing a paused or unpausing an active subscription succeeds without change.
     */
    static ActionResult modifyStatus(ActionContext ctx) {
        Found<Subscription> found = subscription(ctx, "subscription_id");
        if (found.failed()) {
            return found.failure();
        }
        Subscription subscription = found.value();
        String modification = ctx.param("subscription_status_modification");
        if (!modification.equals("cancel") && !modification.equals("pause") && !modification.equals("unpause")) {
            return ActionResult.error(Message.WRONG_STATUS);
        }
        if (modification.equals("cancel") && subscription.status() == SubscriptionStatus.CANCELLED) {
            return ActionResult.error(Message.ALREADY_CANCELLED);
        }
        if (subscription.status().isFinal()) {
            return ActionResult.error(Message.SUBSCRIPTION_FINAL);
        }
        if (subscription.gateway() == Gateway.PAYPAL && !modification.equals("cancel")) {
            return ActionResult.error(Message.PAYPAL_UNMODIFIABLE);
        }
        switch (modification) {
            case "cancel" -> {
                if (subscription.gatewayFailure()) {
                    return ActionResult.error(Message.CANCELLATION_FAILED);
                }
                new Commerce(ctx.data(), ctx.call().events()).cancel(subscription);
            }
            case "pause" -> ctx.data().put(subscription.toBuilder().status(SubscriptionStatus.PAUSED).build());
            default -> ctx.data().put(subscription.toBuilder().status(SubscriptionStatus.ACTIVE).build());
        }
        return ActionResult.ok(Message.SUBSCRIPTION_MODIFIED);
    }
}
