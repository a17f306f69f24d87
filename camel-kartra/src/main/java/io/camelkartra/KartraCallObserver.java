package io.camelkartra;

/**
 * What the call path reports about the calls of one account as they pass its steps: the rate limiter's answer, the
 * post, the response or its absence, the inventory's refusals and loads. The account's activity (for the dev console)
 * and, where the runtime has Micrometer, its meters listen here; nothing else in the path counts anything.
 * <p>
 * Called on route, scheduler and I/O threads: implementations are cheap, thread-safe and never throw.
 */
interface KartraCallObserver {

    /** Observes nothing. */
    KartraCallObserver NONE = new KartraCallObserver() {
    };

    /** A call found no free slot at once and waits for the rate limiter. */
    default void waitingForSlot() {
    }

    /**
     * The rate limiter answered.
     *
     * @param waited    whether the call had to wait (it was counted by {@link #waitingForSlot()})
     * @param waitNanos how long the answer took
     * @param refusal   why the call is not sent (no slot within rateLimitMaxWait, or the limiter failed), or null
     */
    default void slotAnswered(KartraCall call, boolean waited, long waitNanos, KartraException refusal) {
    }

    /** The call is posted to Kartra. */
    default void sending(KartraCall call) {
    }

    /** The call ended: an HTTP response was read into the outcome, or the transport failed. */
    default void answered(KartraCall call, KartraCallResult result, KartraOutcome outcome, long nanos) {
    }

    /** The account's inventory refused the call before it was sent. */
    default void refusedBeforeSending(KartraCall call, KartraException refusal) {
    }

    /** A load of the account's inventory ended. */
    default void inventoryLoaded(KartraInventoryCache.Load load) {
    }

    /** Reports to both, first to {@code first}. */
    static KartraCallObserver both(KartraCallObserver first, KartraCallObserver second) {
        if (second == NONE) {
            return first;
        }
        return new KartraCallObserver() {
            @Override
            public void waitingForSlot() {
                first.waitingForSlot();
                second.waitingForSlot();
            }

            @Override
            public void slotAnswered(KartraCall call, boolean waited, long waitNanos, KartraException refusal) {
                first.slotAnswered(call, waited, waitNanos, refusal);
                second.slotAnswered(call, waited, waitNanos, refusal);
            }

            @Override
            public void sending(KartraCall call) {
                first.sending(call);
                second.sending(call);
            }

            @Override
            public void answered(KartraCall call, KartraCallResult result, KartraOutcome outcome, long nanos) {
                first.answered(call, result, outcome, nanos);
                second.answered(call, result, outcome, nanos);
            }

            @Override
            public void refusedBeforeSending(KartraCall call, KartraException refusal) {
                first.refusedBeforeSending(call, refusal);
                second.refusedBeforeSending(call, refusal);
            }

            @Override
            public void inventoryLoaded(KartraInventoryCache.Load load) {
                first.inventoryLoaded(load);
                second.inventoryLoaded(load);
            }
        };
    }
}
