package io.camelkartra.redis;

import java.net.URI;
import java.time.Duration;

import io.camelkartra.KartraRateLimitStore;
import io.camelkartra.KartraRateLimitStoreFactory;
import org.apache.camel.CamelContext;

/**
 * {@code rateLimitStore=redis://host:6379[/database]} or {@code rediss://} (TLS): the component finds this factory by
 * the scheme, so having this module on the classpath is all a user adds.
 */
public final class RedisRateLimitStoreFactory implements KartraRateLimitStoreFactory {

    @Override
    public KartraRateLimitStore create(CamelContext camelContext, URI uri, String password, Duration timeout) {
        return new RedisRateLimitStore(RedisConnections.redisUri(uri, password, timeout), timeout);
    }
}
