package io.camelkartra.benchmarks.scaleout;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhook de-duplication across two replicas, each a Camel Main configured with properties only and its own HTTP
 * server, sharing one real store: Redis with this project's RedisIdempotentRepository, Hazelcast with Camel's
 * HazelcastIdempotentRepository. Kartra delivers to whichever replica the load balancer picks, so a retried delivery
 * may reach the other one.
 */
class SharedDeduplicationTest {

    private static final String TOKEN = "dedup-token";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ParameterizedTest
    @ValueSource(strings = {"redis", "hazelcast"})
    void aDeliveryIsRoutedOnceAndAFailedOneIsAcceptedByTheOtherReplica(String storeName) throws Exception {
        try (StoreServer store = storeName.equals("redis") ? new RedisStoreServer() : new HazelcastStoreServer();
             Replica first = new Replica(repositoryProperties(store));
             Replica second = new Replica(repositoryProperties(store))) {

            assertThat(first.post(event("101"))).isEqualTo(200);
            assertThat(second.post(event("101"))).isEqualTo(200);
            assertThat(first.routed.get() + second.routed.get()).as("the same delivery, posted to both replicas").isEqualTo(1);

            first.failNext.set(true);
            assertThat(first.post(event("102"))).as("the route failed: Kartra is told to retry").isEqualTo(500);
            assertThat(second.post(event("102"))).as("the retry reaches the other replica").isEqualTo(200);
            assertThat(second.routed.get()).isEqualTo(1);
            assertThat(first.post(event("102"))).as("and it is not routed a third time").isEqualTo(200);
            assertThat(first.routed.get() + second.routed.get()).isEqualTo(2);
        }
    }

    /**
     * What a user writes in application.properties (or Camel K integration properties) for each store, in the order
     * of a properties file: Camel binds the beans in that order, so a bean comes before the beans that use it.
     */
    private static Map<String, String> repositoryProperties(StoreServer store) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (store instanceof RedisStoreServer redis) {
            properties.put("camel.beans.kartraDeliveries", "#class:io.camelkartra.redis.RedisIdempotentRepository");
            properties.put("camel.beans.kartraDeliveries.uri", redis.uri());
        } else {
            properties.put("camel.beans.hazelcast", "#class:io.camelkartra.hazelcast.HazelcastClients#newClient('" + store.uri() + "')");
            properties.put("camel.beans.kartraDeliveries", "#class:org.apache.camel.processor.idempotent.hazelcast.HazelcastIdempotentRepository"
                                                           + "(#bean:hazelcast, 'kartra-deliveries')");
        }
        properties.put("camel.component.kartra.idempotent-repository", "#bean:kartraDeliveries");
        return properties;
    }

    private static String event(String leadId) throws IOException {
        try (InputStream in = SharedDeduplicationTest.class.getResourceAsStream("/scaleout/assign-tag-event.json")) {
            return String.format(new String(in.readAllBytes(), StandardCharsets.UTF_8), leadId);
        }
    }

    /** One replica: kartra:events on its own HTTP server, a route that counts deliveries and can be made to fail. */
    private static final class Replica implements AutoCloseable {
        private final Main main = new Main();
        private final int port;
        private final AtomicInteger routed = new AtomicInteger();
        private final AtomicBoolean failNext = new AtomicBoolean();

        Replica(Map<String, String> properties) throws Exception {
            port = StoreServer.freePort();
            properties.forEach(main::addInitialProperty);
            main.addInitialProperty("camel.server.enabled", "true");
            main.addInitialProperty("camel.server.host", "127.0.0.1");
            main.addInitialProperty("camel.server.port", String.valueOf(port));
            main.addInitialProperty("camel.component.kartra.token", TOKEN);
            main.configure().addRoutesBuilder(new RouteBuilder() {
                @Override
                public void configure() {
                    from("kartra:events").process(exchange -> {
                        if (failNext.getAndSet(false)) {
                            throw new IllegalStateException("the route failed");
                        }
                        routed.incrementAndGet();
                    });
                }
            });
            main.start();
        }

        int post(String body) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/kartra/events?token=" + TOKEN))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        }

        @Override
        public void close() {
            main.stop();
        }
    }
}
