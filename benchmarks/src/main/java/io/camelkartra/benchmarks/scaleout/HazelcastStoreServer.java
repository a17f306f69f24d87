package io.camelkartra.benchmarks.scaleout;

import java.util.UUID;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/** A Hazelcast member in this JVM, alone in a cluster of its own name, listening on a free loopback port. */
public final class HazelcastStoreServer implements StoreServer {

    private final int port;
    private final String clusterName = "kartra-" + UUID.randomUUID();
    private HazelcastInstance member;

    public HazelcastStoreServer() throws Exception {
        port = StoreServer.freePort();
        member = start();
    }

    /** A member config for tests: loopback only, no multicast, no phone-home, a cluster name no one else uses. */
    public static Config memberConfig(String clusterName, int port) {
        Config config = new Config();
        config.setClusterName(clusterName);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + port);
        return config;
    }

    private HazelcastInstance start() {
        return Hazelcast.newHazelcastInstance(memberConfig(clusterName, port));
    }

    @Override
    public String uri() {
        return "hazelcast://127.0.0.1:" + port + "?clusterName=" + clusterName;
    }

    @Override
    public void stop() {
        member.getLifecycleService().terminate();
    }

    @Override
    public void restart() {
        member = start();
    }

    @Override
    public void close() {
        if (member.getLifecycleService().isRunning()) {
            member.getLifecycleService().terminate();
        }
    }
}
