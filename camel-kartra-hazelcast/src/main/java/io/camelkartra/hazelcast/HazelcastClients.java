package io.camelkartra.hazelcast;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.client.config.ClientConnectionStrategyConfig.ReconnectMode;
import com.hazelcast.core.HazelcastInstance;
import org.apache.camel.util.URISupport;

/**
 * Hazelcast clients from the URIs this module understands, {@code hazelcast://host:5701[,host2:5701]?clusterName=name}:
 * the rate-limit store's, and one for Camel's {@code HazelcastIdempotentRepository} that properties alone can create:
 * <pre>
 * camel.beans.hazelcast = #class:io.camelkartra.hazelcast.HazelcastClients#newClient('hazelcast://hz:5701?clusterName=dev')
 * </pre>
 */
public final class HazelcastClients {

    /** How long one operation may take, for {@link #newClient(String)}. */
    private static final Duration OPERATION_TIMEOUT = Duration.ofSeconds(5);

    private HazelcastClients() {
    }

    /**
     * A client of the cluster the URI names, connected when this returns (a repository reads its map when it starts);
     * it reconnects by itself.
     */
    public static HazelcastInstance newClient(String uri) {
        ClientConfig config = clientConfig(URI.create(uri), null, OPERATION_TIMEOUT);
        config.getConnectionStrategyConfig().setAsyncStart(false);
        return HazelcastClient.newHazelcastClient(config);
    }

    /**
     * A client that starts without waiting for the cluster and, while disconnected, fails operations at once instead
     * of waiting: a caller then falls back instead of waiting. Operations time out after {@code timeout}.
     */
    public static ClientConfig clientConfig(URI uri, String password, Duration timeout) {
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isBlank()) {
            throw new IllegalArgumentException("a Hazelcast store URI names the members: hazelcast://host:5701[,host2:5701]");
        }
        String username = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            username = authority.substring(0, at);
            authority = authority.substring(at + 1);
        }
        List<String> members = Arrays.stream(authority.split(",")).map(String::trim).filter(m -> !m.isEmpty()).toList();
        ClientConfig config = new ClientConfig();
        config.setClusterName(clusterName(uri));
        config.getNetworkConfig().setAddresses(members);
        config.getNetworkConfig().setConnectionTimeout((int) Math.max(1, timeout.toMillis()));
        config.getConnectionStrategyConfig().setAsyncStart(true).setReconnectMode(ReconnectMode.ASYNC);
        // a member back after an outage is found within half a second, by every replica at about the same time
        config.getConnectionStrategyConfig().getConnectionRetryConfig().setInitialBackoffMillis(100).setMaxBackoffMillis(500);
        config.setProperty("hazelcast.client.invocation.timeout.seconds", String.valueOf(Math.max(1, (timeout.toMillis() + 999) / 1000)));
        config.setProperty("hazelcast.logging.type", "slf4j");
        if (password != null && !password.isEmpty()) {
            config.getSecurityConfig().setUsernamePasswordIdentityConfig(username == null ? "" : username, password);
        }
        return config;
    }

    private static String clusterName(URI uri) {
        try {
            Object name = URISupport.parseQuery(uri.getRawQuery()).get("clusterName");
            return name == null ? "dev" : name.toString();
        } catch (Exception e) {
            throw new IllegalArgumentException("the query of a Hazelcast store URI is malformed: " + e.getMessage(), e);
        }
    }
}
