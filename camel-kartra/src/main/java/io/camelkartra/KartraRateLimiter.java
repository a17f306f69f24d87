package io.camelkartra;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Decides when a call may be sent to Kartra, which allows 20 calls per second per App, shared by every user of that
 * App. The component asks before every call; the default keeps a token bucket per App id in memory (the
 * {@code rateLimit} and {@code rateLimitReplicas} component options), or, with {@code rateLimitStore} or
 * {@code rateLimitProxyManager}, in a store shared by several JVMs. Implement this and set it as the component's
 * {@code rateLimiter} only to replace both.
 * <p>
 * Implementations must not block the calling thread: the producer calls this on route threads.
 */
public interface KartraRateLimiter {

    /**
     * Reserves one call for the App.
     *
     * @param  appId   the App whose budget the call uses
     * @param  maxWait the longest the call may wait for its slot
     * @return         a future that completes with true when the call may be sent (at once, or after a wait of at most
     *                 {@code maxWait}), or with false when no slot is free within {@code maxWait}; a false answer
     *                 reserves nothing
     */
    CompletableFuture<Boolean> acquire(String appId, Duration maxWait);
}
