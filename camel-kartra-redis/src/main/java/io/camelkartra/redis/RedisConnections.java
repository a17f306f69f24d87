package io.camelkartra.redis;

import java.net.URI;
import java.time.Duration;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;

/** How this module connects to Redis: the URI with its password set apart, and a client that fails fast. */
final class RedisConnections {

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
     * time out after {@code timeout}: a caller then falls back instead of waiting. It reconnects by itself.
     */
    static RedisClient client(RedisURI redisUri, Duration timeout) {
        RedisClient client = RedisClient.create(redisUri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .build());
        return client;
    }
}
