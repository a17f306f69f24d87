package io.camelkartra;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one way every call of a producer takes: the local checks of the command table, the account inventory's check
 * (when the endpoint keeps one), then the sender: rate limiter, transport, reading the response. Each step hands its
 * result to the next and none calls back into an earlier one; the outcome goes back to the producer, which writes it
 * onto the exchange.
 */
final class KartraCallPath {

    private final KartraInventoryCheck inventoryCheck;
    private final KartraSender sender;
    private final KartraCallObserver observer;

    /**
     * @param inventoryCheck the inventory step, or null when the endpoint keeps no inventory
     * @param observer       told of the inventory's refusals (the sender tells it the rest)
     */
    KartraCallPath(KartraInventoryCheck inventoryCheck, KartraSender sender, KartraCallObserver observer) {
        this.inventoryCheck = inventoryCheck;
        this.sender = sender;
        this.observer = observer;
    }

    /**
     * Sends the call, unless a check refuses it. A local check throws its exception on the caller's thread; the
     * inventory's refusal and every later failure are in the outcome.
     *
     * @param calls counts every HTTP request made
     */
    CompletableFuture<KartraOutcome> send(KartraCall call, AtomicInteger calls) {
        KartraRequestCheck.check(call.request(), call.operation() == KartraOperation.call);
        if (inventoryCheck == null) {
            return sender.send(call, calls);
        }
        return inventoryCheck.check(call, sender).thenCompose(checked -> {
            if (checked.refusal() != null) {
                observer.refusedBeforeSending(checked.call(), checked.refusal());
                return CompletableFuture.completedFuture(KartraOutcome.failed(checked.refusal()));
            }
            return sender.send(checked.call(), calls).thenApply(outcome -> {
                inventoryCheck.observe(checked, outcome, sender);
                return outcome;
            });
        });
    }

    /** The sender, for calls that skip the checks: the inventory's loads, the health check's credential check. */
    KartraSender sender() {
        return sender;
    }
}
