package io.camelkartra.redis;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Webhook and IPN de-duplication shared by every replica, in Redis: a delivery key is added with {@code SET NX} (one
 * atomic step, so two replicas receiving the same delivery at once cannot both win) and expires after
 * {@link #setExpiry(Duration) expiry}, so the set of keys does not grow forever. A delivery whose route failed is
 * removed, so Kartra's next attempt is accepted by whichever replica it reaches.
 * <p>
 * Configured with properties alone, as Camel Main, Camel K and Quarkus allow:
 * <pre>
 * camel.beans.kartraDeliveries = #class:io.camelkartra.redis.RedisIdempotentRepository
 * camel.beans.kartraDeliveries.uri = redis://redis:6379
 * camel.beans.kartraDeliveries.password = {{redis-password}}
 * camel.component.kartra.idempotent-repository = #bean:kartraDeliveries
 * </pre>
 */
@Metadata(label = "bean", description = "Idempotent repository for kartra:events and kartra:ipn deliveries in Redis, shared by replicas.")
@ManagedResource(description = "Kartra delivery keys in Redis")
public class RedisIdempotentRepository extends ServiceSupport implements IdempotentRepository {

    private String uri;
    private String password;
    private String keyPrefix = "kartra:delivery:";
    private Duration expiry = Duration.ofDays(1);
    private Duration timeout = Duration.ofSeconds(5);
    private RedisConnections.Client client;
    private StatefulRedisConnection<String, String> connection;

    public String getUri() {
        return uri;
    }

    /** The Redis server: redis://host:6379[/database] or rediss:// (TLS). No password here: see {@link #setPassword}. */
    public void setUri(String uri) {
        this.uri = uri;
    }

    public String getPassword() {
        return password;
    }

    /** The Redis password (AUTH), kept out of the URI. */
    public void setPassword(String password) {
        this.password = password;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    /** The prefix of the keys this repository writes; {@link #clear()} deletes the keys with this prefix. */
    public void setKeyPrefix(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    public Duration getExpiry() {
        return expiry;
    }

    /** How long a delivery is remembered: longer than Kartra goes on retrying a delivery. One day by default. */
    public void setExpiry(Duration expiry) {
        this.expiry = expiry;
    }

    public Duration getTimeout() {
        return timeout;
    }

    /** How long one Redis command may take before the delivery fails (and Kartra retries it). */
    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public boolean add(String key) {
        return "OK".equals(commands().set(keyPrefix + key, "1", SetArgs.Builder.nx().px(expiry)));
    }

    @Override
    public boolean contains(String key) {
        return commands().exists(keyPrefix + key) > 0;
    }

    @Override
    public boolean remove(String key) {
        return commands().del(keyPrefix + key) > 0;
    }

    @Override
    public boolean confirm(String key) {
        // added is remembered: nothing to confirm
        return true;
    }

    @Override
    public void clear() {
        RedisCommands<String, String> commands = commands();
        ScanArgs matching = ScanArgs.Builder.matches(keyPrefix + "*").limit(500);
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = commands.scan(cursor, matching);
            List<String> keys = page.getKeys();
            if (!keys.isEmpty()) {
                commands.del(keys.toArray(String[]::new));
            }
            cursor = page;
        } while (!cursor.isFinished());
    }

    @Override
    protected void doStart() throws Exception {
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("RedisIdempotentRepository needs a uri, such as redis://redis:6379");
        }
        client = RedisConnections.client(RedisConnections.redisUri(URI.create(uri), password, timeout), timeout);
        connection = client.client().connect();
    }

    @Override
    protected void doStop() throws Exception {
        if (connection != null) {
            connection.close();
            connection = null;
        }
        if (client != null) {
            client.shutdown();
            client = null;
        }
    }

    private RedisCommands<String, String> commands() {
        StatefulRedisConnection<String, String> current = connection;
        if (current == null) {
            throw new IllegalStateException("RedisIdempotentRepository is not started");
        }
        return current.sync();
    }
}
