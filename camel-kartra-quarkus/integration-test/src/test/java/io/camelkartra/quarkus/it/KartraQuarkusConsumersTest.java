package io.camelkartra.quarkus.it;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.camelkartra.KartraConstants;
import io.camelkartra.model.KartraIpnNotification;
import io.camelkartra.model.event.KartraEvent;
import io.camelkartra.model.event.KartraEventAction;
import io.camelkartra.simulator.KartraSimulator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.camelkartra.quarkus.it.KartraSimulatorResource.EVENTS_TOKEN;
import static io.camelkartra.quarkus.it.KartraSimulatorResource.IPN_SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * kartra:events and kartra:ipn on Quarkus's own HTTP server (JVM mode): the Kartra simulator posts a purchase's
 * Outbound API event and IPN notification to the application's YAML routes, which get them typed; posts without the
 * shared token or secret key, and bodies over the route's size limit, are answered and not routed.
 */
@QuarkusTest
@QuarkusTestResource(KartraSimulatorResource.class)
class KartraQuarkusConsumersTest {

    private static final String ASSIGN_TAG = "{\"action\":\"assign_tag\",\"lead\":{\"id\":\"1\",\"email\":\"jane.doe@example.com\"},"
                                             + "\"action_details\":{\"tag\":{\"tag_id\":\"9\",\"tag_name\":\"VIP\"}}}";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @InjectKartraSimulator
    KartraSimulator simulator;
    @Inject
    ReceivedPosts received;
    @TestHTTPResource("/kartra/events")
    URL events;
    @TestHTTPResource("/kartra/ipn")
    URL ipn;

    @BeforeEach
    void nothingReceivedYet() throws InterruptedException {
        while (received.next(0) != null) {
            // a previous test's posts
        }
    }

    @Test
    void purchaseInKartraArrivesAsTypedEventAndNotification() throws Exception {
        simulator.outbound().addWebhook(events + "?token=" + EVENTS_TOKEN, "buy_product");
        simulator.outbound().addIpn(ipn.toString(), IPN_SECRET_KEY);
        String apiKey = simulator.demoCredentials().apiKey();
        long productId = simulator.state().account(apiKey).products().get(0).id();

        simulator.events(apiKey).buyProduct("jane.doe@example.com", productId, 1);

        ReceivedPosts.Post first = received.next(10);
        ReceivedPosts.Post second = received.next(10);
        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
        ReceivedPosts.Post event = first.body() instanceof KartraEvent ? first : second;
        ReceivedPosts.Post payment = event == first ? second : first;
        assertThat(event.body()).isInstanceOfSatisfying(KartraEvent.class, body -> {
            assertThat(body.getAction()).isEqualTo(KartraEventAction.BUY_PRODUCT);
            assertThat(body.getLead().getEmail()).isEqualTo("jane.doe@example.com");
        });
        assertThat(event.headers()).containsEntry(KartraConstants.EVENT_ACTION, "buy_product");
        assertThat(payment.body()).isInstanceOfSatisfying(KartraIpnNotification.class, body -> {
            assertThat(body.getLeadEmail()).isEqualTo("jane.doe@example.com");
            assertThat(body.getTransactionId()).isNotBlank();
        });
        assertThat(payment.headers()).containsEntry(KartraConstants.LEAD_EMAIL, "jane.doe@example.com")
                .doesNotContainKey("secret_key");
        assertThat(simulator.outbound().deliveries()).allSatisfy(delivery -> assertThat(delivery.status()).isEqualTo(200));
    }

    @Test
    void eventsWithoutTheTokenAreRefused() throws Exception {
        assertThat(post(URI.create(events.toString()), "application/json", ASSIGN_TAG).statusCode()).isEqualTo(401);
        assertThat(post(URI.create(events + "?token=guessed"), "application/json", ASSIGN_TAG).statusCode()).isEqualTo(403);
        assertThat(received.isEmpty()).isTrue();
    }

    @Test
    void notificationsWithoutTheSecretKeyAreRefused() throws Exception {
        String form = "transaction_id=1&transaction_type=sale&lead_email=jane.doe%40example.com";

        assertThat(post(URI.create(ipn.toString()), "application/x-www-form-urlencoded", form).statusCode()).isEqualTo(401);
        assertThat(post(URI.create(ipn.toString()), "application/x-www-form-urlencoded", form + "&secret_key=guessed")
                .statusCode()).isEqualTo(403);
        assertThat(received.isEmpty()).isTrue();
    }

    @Test
    void eventsOverTheSizeLimitAreRefused() throws Exception {
        String body = ASSIGN_TAG.replace("\"VIP\"", "\"" + "x".repeat(70_000) + "\"");

        HttpResponse<String> response = post(URI.create(events + "?token=" + EVENTS_TOKEN), "application/json", body);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(received.isEmpty()).isTrue();
    }

    @Test
    void anAcceptedPostIsAnsweredOk() throws Exception {
        HttpResponse<String> response = post(URI.create(events + "?token=" + EVENTS_TOKEN), "application/json", ASSIGN_TAG);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(received.next(5).body()).isInstanceOfSatisfying(KartraEvent.class,
                event -> assertThat(event.getAction()).isEqualTo(KartraEventAction.ASSIGN_TAG));
    }

    private static HttpResponse<String> post(URI uri, String contentType, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
