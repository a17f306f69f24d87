package io.camelkartra.redis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.camelkartra.KartraRateLimitStore;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;

/**
 * The App buckets in Redis, through bucket4j's Lettuce back end (compare-and-swap in a Lua script, asynchronous).
 * A bucket's key expires once the bucket would be full again, plus a margin, so idle Apps leave nothing behind.
 */
final class RedisRateLimitStore implements KartraRateLimitStore {

    /** How long an untouched bucket stays after it has refilled: long enough not to recreate it between bursts. */
    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(10);

    private final RedisConnections.Client client;
    private final Duration timeout;
    private StatefulRedisConnection<byte[], byte[]> connection;

    RedisRateLimitStore(RedisURI redisUri, Duration timeout) {
        this.client = RedisConnections.client(redisUri, timeout);
        this.timeout = timeout;
    }

    @Override
    public synchronized ProxyManager<String> proxyManager() {
        if (connection == null) {
            connection = client.client().connect(ByteArrayCodec.INSTANCE);
        }
        return Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(EXPIRY_MARGIN))
                .requestTimeout(timeout)
                .build()
                .withMapper((String key) -> key.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
        }
        client.shutdown();
    }
}
