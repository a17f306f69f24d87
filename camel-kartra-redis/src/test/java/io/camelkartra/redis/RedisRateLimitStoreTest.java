package io.camelkartra.redis;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.camelkartra.KartraRateLimitException;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.SimulatorCredentials;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas (Camel Main, properties only) share one App budget in a real Redis server that asks for a password
 * (the embedded-redis artifact's binary, on a free port): of two calls at once, one per replica, one is refused, and
 * Redis holds one key, a digest of the App id.
 */
class RedisRateLimitStoreTest {

    private static final String PASSWORD = "redis-test-password";

    private final List<Main> replicas = new ArrayList<>();
    private RedisServer redis;
    private KartraSimulator simulator;

    @AfterEach
    void stop() throws IOException {
        replicas.forEach(Main::stop);
        if (redis != null) {
            redis.stop();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void replicasShareOneBudgetUnderADigestKey() throws Exception {
        int port = freePort();
        redis = RedisServer.newRedisServer().bind("127.0.0.1").port(port).setting("requirepass " + PASSWORD)
                .setting("save \"\"").build();
        redis.start();
        simulator = KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0).build().start();
        ProducerTemplate first = replica("redis://127.0.0.1:" + port);
        ProducerTemplate second = replica("redis://127.0.0.1:" + port);

        // a first call through each replica connects it (one of the two may be refused), then the bucket refills
        refusals(first);
        refusals(second);
        TimeUnit.MILLISECONDS.sleep(1100);

        // rateLimit=1: one call per second for the App, a burst of one; of two calls at once, one is refused
        assertThat(refusals(first, second)).as("calls refused of two at once").isEqualTo(1);
        RedisURI uri = RedisURI.create("redis://127.0.0.1:" + port);
        uri.setPassword(PASSWORD.toCharArray());
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            assertThat(connection.sync().keys("*")).singleElement().asString().startsWith("kartra:rate-limit:")
                    .hasSize("kartra:rate-limit:".length() + 64).doesNotContain(simulator.demoCredentials().appId());
            assertThat(connection.sync().pttl(connection.sync().keys("*").get(0))).as("the key expires").isPositive();
        } finally {
            client.shutdown();
        }
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
        main.addInitialProperty("camel.component.kartra.rate-limit-max-wait", "0");
        // a cold JVM's first connection on a shared build machine can take seconds: not a store failure here
        main.addInitialProperty("camel.component.kartra.rate-limit-store-timeout", "10s");
        main.addInitialProperty("camel.component.kartra.rate-limit-store", store);
        main.addInitialProperty("camel.component.kartra.rate-limit-store-password", PASSWORD);
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
