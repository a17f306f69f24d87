package io.camelkartra.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.camelkartra.model.KartraIpnNotification;
import io.camelkartra.model.event.KartraEvent;
import io.camelkartra.model.event.KartraEventAction;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kartra:events and kartra:ipn on Spring Boot's servlet server (Tomcat, through camel-platform-http-starter): the
 * Kartra simulator's posts arrive typed, and allowedAddresses is checked against the client address Tomcat reports.
 */
@SpringBootTest(classes = { KartraTestApplication.class, KartraSpringBootConsumersTest.WebhookRoutes.class },
                webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = { "camel.component.kartra.token=" + KartraSpringBootConsumersTest.TOKEN,
                               "camel.component.kartra.secret-key=" + KartraSpringBootConsumersTest.SECRET_KEY })
class KartraSpringBootConsumersTest {

    static final String TOKEN = "events-token-for-the-test";
    static final String SECRET_KEY = "ipn-secret-for-the-test";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension(
            () -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0));

    /** The application's routes: the IPN is taken from loopback only, a partner's IPN from a range loopback is not in. */
    @Component
    static class WebhookRoutes extends RouteBuilder {
        @Override
        public void configure() {
            from("kartra:events?events=buy_product")
                    .to("mock:events");
            from("kartra:ipn?allowedAddresses=127.0.0.0/8,::1")
                    .to("mock:payments");
            from("kartra:ipn?path=/kartra/partner-ipn&allowedAddresses=203.0.113.0/24")
                    .to("mock:partner-payments");
        }
    }

    @LocalServerPort
    private int port;
    @Autowired
    private CamelContext camelContext;

    @Test
    void purchaseInKartraArrivesTypedThroughTheAllowedAddressCheck() throws Exception {
        MockEndpoint events = camelContext.getEndpoint("mock:events", MockEndpoint.class);
        MockEndpoint payments = camelContext.getEndpoint("mock:payments", MockEndpoint.class);
        events.expectedMessageCount(1);
        payments.expectedMessageCount(1);
        KartraSimulator simulator = KARTRA.simulator();
        simulator.outbound().addWebhook("http://localhost:" + port + "/kartra/events?token=" + TOKEN, "buy_product");
        simulator.outbound().addIpn("http://localhost:" + port + "/kartra/ipn", SECRET_KEY);
        String apiKey = simulator.demoCredentials().apiKey();
        long productId = simulator.state().account(apiKey).products().get(0).id();

        simulator.events(apiKey).buyProduct("jane.doe@example.com", productId, 1);

        MockEndpoint.assertIsSatisfied(10, TimeUnit.SECONDS, events, payments);
        assertThat(events.getExchanges().get(0).getMessage().getBody()).isInstanceOfSatisfying(KartraEvent.class, event -> {
            assertThat(event.getAction()).isEqualTo(KartraEventAction.BUY_PRODUCT);
            assertThat(event.getLead().getEmail()).isEqualTo("jane.doe@example.com");
        });
        assertThat(payments.getExchanges().get(0).getMessage().getBody()).isInstanceOfSatisfying(KartraIpnNotification.class,
                notification -> {
                    assertThat(notification.getTransactionId()).isNotBlank();
                    // percent-decoded: '@' is posted as %40
                    assertThat(notification.getLeadEmail()).isEqualTo("jane.doe@example.com");
                });
        assertThat(simulator.outbound().deliveries()).allSatisfy(delivery -> assertThat(delivery.status()).isEqualTo(200));
    }

    @Test
    void postsFromOutsideTheAllowedAddressesAreRefused() throws Exception {
        MockEndpoint partnerPayments = camelContext.getEndpoint("mock:partner-payments", MockEndpoint.class);
        partnerPayments.expectedMessageCount(0);

        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/kartra/partner-ipn"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("transaction_id=1&lead_email=jane.doe%40example.com&secret_key=" + SECRET_KEY))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo("source not allowed");
        partnerPayments.assertIsSatisfied();
    }
}
