package io.camelkartra.hazelcast;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
import io.camelkartra.KartraRateLimitStore;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;

/**
 * The App buckets in a Hazelcast map, through bucket4j's compare-and-swap back end: it uses plain map operations, so
 * the cluster's members need no bucket4j classes (its entry-processor back end would). The component calls it on its
 * store executor, as it has no asynchronous mode.
 */
final class HazelcastRateLimitStore implements KartraRateLimitStore {

    private final ClientConfig config;
    private final String mapName;
    private HazelcastInstance client;

    HazelcastRateLimitStore(ClientConfig config, String mapName) {
        this.config = config;
        this.mapName = mapName;
    }

    @Override
    public synchronized ProxyManager<String> proxyManager() {
        if (client == null) {
            client = HazelcastClient.newHazelcastClient(config);
        }
        return Bucket4jHazelcast.<String> casBasedBuilder(client.getMap(mapName)).build();
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.shutdown();
            client = null;
        }
    }
}
