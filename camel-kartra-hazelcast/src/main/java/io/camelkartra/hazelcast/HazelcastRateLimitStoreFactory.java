package io.camelkartra.hazelcast;

import java.net.URI;
import java.time.Duration;

import io.camelkartra.KartraRateLimitStore;
import io.camelkartra.KartraRateLimitStoreFactory;
import org.apache.camel.CamelContext;

/**
 * {@code rateLimitStore=hazelcast://host:5701[,host2:5701][/map]?clusterName=name}: a Hazelcast client of that cluster.
 * The component finds this factory by the scheme, so having this module on the classpath is all a user adds.
 */
public final class HazelcastRateLimitStoreFactory implements KartraRateLimitStoreFactory {

    /** The map that holds the buckets when the URI names none. */
    static final String DEFAULT_MAP = "kartra-rate-limits";

    @Override
    public KartraRateLimitStore create(CamelContext camelContext, URI uri, String password, Duration timeout) {
        String map = uri.getPath() == null || uri.getPath().length() <= 1 ? DEFAULT_MAP : uri.getPath().substring(1);
        return new HazelcastRateLimitStore(HazelcastClients.clientConfig(uri, password, timeout), map);
    }
}
