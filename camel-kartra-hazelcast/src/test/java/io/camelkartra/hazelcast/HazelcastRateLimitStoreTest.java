package io.camelkartra.hazelcast;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.camelkartra.KartraRateLimitException;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.SimulatorCredentials;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas (Camel Main, properties only) share one App budget in a Hazelcast cluster of two real members in this
 * JVM: the budget is shared (of two calls at once, one per replica, one is refused), the map's key is a digest of the App id, losing one member loses nothing, and losing the
 * whole cluster leaves every call completed within its wait, at the replicas' local share.
 */
class HazelcastRateLimitStoreTest {

    private final String clusterName = "kartra-test-" + UUID.randomUUID();
    private final List<HazelcastInstance> members = new ArrayList<>();
    private final List<Main> replicas = new ArrayList<>();
    private KartraSimulator simulator;

    @AfterEach
    void stop() {
        replicas.forEach(Main::stop);
        members.forEach(member -> member.getLifecycleService().terminate());
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void replicasShareOneBudgetThatSurvivesAMemberAndFallsBackWithoutTheCluster() throws Exception {
        int[] ports = {freePort(), freePort()};
        for (int port : ports) {
            members.add(Hazelcast.newHazelcastInstance(memberConfig(port, ports)));
        }
        simulator = KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0).build().start();
        String store = "hazelcast://127.0.0.1:" + ports[0] + ",127.0.0.1:" + ports[1] + "?clusterName=" + clusterName;
        ProducerTemplate first = replica(store);
        ProducerTemplate second = replica(store);

        // a first call through each replica connects it (one of the two may be refused), then the bucket refills
        refusals(first);
        refusals(second);
        TimeUnit.MILLISECONDS.sleep(1100);

        // rateLimit=1: one call per second for the App, a burst of one; of two calls at once, one is refused
        assertThat(refusals(first, second)).as("calls refused of two at once").isEqualTo(1);
        assertThat(members.get(0).getMap(HazelcastRateLimitStoreFactory.DEFAULT_MAP).keySet())
                .singleElement().asString().startsWith("kartra:rate-limit:").hasSize("kartra:rate-limit:".length() + 64)
                .doesNotContain(simulator.demoCredentials().appId());

        members.remove(0).getLifecycleService().terminate();
        TimeUnit.MILLISECONDS.sleep(1100);
        assertThat(refusals(first, second)).as("the budget lives on in the member that is left").isEqualTo(1);

        members.remove(0).getLifecycleService().terminate();
        long calls = simulator.calls().total();
        long waited = 0;
        int sent = 0;
        // a call every 1.1 s: a local share (0.5 calls/s here) starts empty when the store goes, so the first local
        // slot comes after 2 s
        for (int i = 0; i < 6; i++) {
            ProducerTemplate replica = i % 2 == 0 ? first : second;
            long started = System.nanoTime();
            try {
                replica.requestBody("direct:getLead", "john.smith@example.com");
                sent++;
            } catch (CamelExecutionException e) {
                assertThat(e.getCause()).as("a call that is not sent fails retryably").isInstanceOf(KartraRateLimitException.class);
            }
            waited += System.nanoTime() - started;
            TimeUnit.MILLISECONDS.sleep(1100);
        }
        assertThat(Duration.ofNanos(waited)).as("no call hangs on the lost cluster").isLessThan(Duration.ofSeconds(6 * 3));
        assertThat(sent).as("each replica goes on at its local share").isPositive();
        assertThat(simulator.calls().total() - calls).isEqualTo(sent);
    }

    /** Sends one call through each replica at the same time; how many were refused with nothing sent. */
    private static long refusals(ProducerTemplate... replicas) {
        List<CompletableFuture<Object>> calls = new ArrayList<>();
        for (ProducerTemplate replica : replicas) {
            calls.add(replica.asyncRequestBody("direct:getLead", "john.smith@example.com"));
        }
        return calls.stream().map(call -> call.handle((reply, failure) -> failure)).map(CompletableFuture::join)
                .filter(failure -> failure != null)
                .peek(failure -> assertThat(failure).hasRootCauseInstanceOf(KartraRateLimitException.class))
                .count();
    }

    /** A replica as a Camel K or Quarkus user configures it: properties only. */
    private ProducerTemplate replica(String store) throws Exception {
        SimulatorCredentials credentials = simulator.demoCredentials();
        Main main = new Main();
        main.addInitialProperty("camel.component.kartra.app-id", credentials.appId());
        main.addInitialProperty("camel.component.kartra.api-key", credentials.apiKey());
        main.addInitialProperty("camel.component.kartra.api-password", credentials.apiPassword());
        main.addInitialProperty("camel.component.kartra.base-url", simulator.baseUrl());
        main.addInitialProperty("camel.component.kartra.allow-plain-http", "true");
        main.addInitialProperty("camel.component.kartra.inventory", "false");
        main.addInitialProperty("camel.component.kartra.rate-limit", "1");
        main.addInitialProperty("camel.component.kartra.rate-limit-replicas", "2");
        main.addInitialProperty("camel.component.kartra.rate-limit-max-wait", "0");
        // a cold JVM's first connection on a shared build machine can take seconds: not a store failure here
        main.addInitialProperty("camel.component.kartra.rate-limit-store-timeout", "10s");
        main.addInitialProperty("camel.component.kartra.rate-limit-store", store);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:getLead").to("kartra:getLead");
            }
        });
        main.start();
        replicas.add(main);
        return main.getCamelContext().createProducerTemplate();
    }

    private Config memberConfig(int port, int[] ports) {
        Config config = new Config();
        config.setClusterName(clusterName);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
        for (int member : ports) {
            config.getNetworkConfig().getJoin().getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + member);
        }
        return config;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
