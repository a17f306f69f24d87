package io.camelkartra;

import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * A shared store for the App's rate budget (Redis, Hazelcast, a database), through which several replicas of an
 * integration share one bucket per App. The component keeps the budget and burst rules, the key (a digest of the App
 * id) and the failure policy; the store only gives bucket4j access to its buckets.
 * <p>
 * Stores are usually created from the component's {@code rateLimitStore} URI by the {@link KartraRateLimitStoreFactory}
 * of a store module ({@code camel-kartra-redis}, {@code camel-kartra-hazelcast}) on the classpath. The component closes
 * the stores it created when it stops.
 */
public interface KartraRateLimitStore extends AutoCloseable {

    /**
     * The store's buckets, keyed by the strings the component gives. Called on a thread of the component's store
     * executor, never on a route thread, so it may connect and block; called again after it threw, when the component
     * next tries the store. A proxy manager that supports bucket4j's asynchronous mode is used asynchronously; others
     * are called on the store executor.
     *
     * @throws Exception when the store cannot be reached now
     */
    ProxyManager<String> proxyManager() throws Exception;

    /** Releases the store's connections; nothing by default (a store the application owns). */
    @Override
    default void close() {
    }
}
