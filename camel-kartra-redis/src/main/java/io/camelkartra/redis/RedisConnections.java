package io.camelkartra.redis;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;

/** How this module connects to Redis: the URI with its password set apart, and a client that fails fast. */
final class RedisConnections {

    /** The longest wait between two attempts to reconnect. */
    private static final Duration RECONNECT_DELAY_MAX = Duration.ofMillis(500);

    private RedisConnections() {
    }

    /**
     * @throws IllegalArgumentException when the URI is not a Redis URI; the message does not repeat it
     */
    static RedisURI redisUri(URI uri, String password, Duration timeout) {
        String scheme = uri.getScheme();
        if (!"redis".equalsIgnoreCase(scheme) && !"rediss".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("a Redis store URI starts with redis:// or rediss://, not " + scheme + "://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("a Redis store URI needs a host: redis://host:6379");
        }
        RedisURI redisUri = RedisURI.create(uri);
        if (password != null && !password.isEmpty()) {
            redisUri.setPassword(password.toCharArray());
        }
        redisUri.setTimeout(timeout);
        return redisUri;
    }

    /**
     * A client whose commands fail at once while it is disconnected, instead of queueing until Redis is back, and
     * time out after {@code timeout}: a caller then falls back instead of waiting. It reconnects by itself, trying at
     * least every half second, so that every replica finds a Redis that is back at about the same time.
     */
    static Client client(RedisURI redisUri, Duration timeout) {
        ClientResources resources = DefaultClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(10), RECONNECT_DELAY_MAX, 2, TimeUnit.MILLISECONDS))
                .build();
        RedisClient client = RedisClient.create(resources, redisUri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .build());
        return new Client(client, resources);
    }

    /** A Redis client and the resources (event loops) it alone uses. */
    record Client(RedisClient client, ClientResources resources) {

        void shutdown() {
            client.shutdown();
            resources.shutdown();
        }
    }
}
