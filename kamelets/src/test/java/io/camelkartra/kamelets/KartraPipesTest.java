package io.camelkartra.kamelets;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.SimulatorCredentials;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Camel K Pipes of docs/runtime-camel-k-kamelets.md, loaded as Camel K's runtime loads them (Camel's YAML DSL
 * reads the Pipe kind) and run against the Kartra simulator on an integration HTTP server (camel-platform-http-vertx):
 * a purchase posted to kartra-source arrives at the sink as the event's JSON, and a lead posted to the HTTP source of a
 * Pipe into kartra-sink is created in Kartra. The older KameletBinding kind is not read by Camel 4.
 */
class KartraPipesTest extends CamelTestSupport {

    private static final String TOKEN = "events-token-for-the-test";

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension(
            () -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0));

    private VertxPlatformHttpServer server;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        VertxPlatformHttpServerConfiguration configuration = new VertxPlatformHttpServerConfiguration();
        configuration.setBindHost("127.0.0.1");
        configuration.setBindPort(0);
        server = new VertxPlatformHttpServer(configuration);
        context.addService(server);
        return context;
    }

    /** What Camel K gives the integration from a Secret: the Kamelets' properties. */
    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        SimulatorCredentials credentials = KARTRA.simulator().demoCredentials();
        Properties properties = new Properties();
        properties.setProperty("camel.kamelet.kartra-source.token", TOKEN);
        properties.setProperty("camel.kamelet.kartra-sink.appId", credentials.appId());
        properties.setProperty("camel.kamelet.kartra-sink.apiKey", credentials.apiKey());
        properties.setProperty("camel.kamelet.kartra-sink.apiPassword", credentials.apiPassword());
        properties.setProperty("camel.kamelet.kartra-sink.baseUrl", KARTRA.simulator().baseUrl());
        properties.setProperty("camel.kamelet.kartra-sink.allowPlainHttp", "true");
        return properties;
    }

    /** The log sink stays as written; a mock sees what reaches it. */
    @Override
    public String isMockEndpoints() {
        return "log:*";
    }

    private void load(String resource) throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(
                PluginHelper.getResourceLoader(context).resolveResource("classpath:pipes/" + resource));
    }

    @Test
    void aPurchaseInKartraArrivesAtTheSinkAsTheEventsJson() throws Exception {
        load("kartra-purchases.pipe.yaml");
        MockEndpoint sink = getMockEndpoint("mock:log:kartra-purchases");
        sink.expectedMessageCount(1);
        KartraSimulator simulator = KARTRA.simulator();
        simulator.outbound().addWebhook("http://127.0.0.1:" + server.getPort() + "/kartra/events?token=" + TOKEN);
        String apiKey = simulator.demoCredentials().apiKey();
        long productId = simulator.state().account(apiKey).products().get(0).id();

        simulator.events(apiKey).buyProduct("jane.doe@example.com", productId, 1);

        sink.assertIsSatisfied();
        simulator.outbound().clear();
        Exchange received = sink.getExchanges().get(0);
        assertThat(received.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class)).isEqualTo("application/json");
        JsonNode event = new ObjectMapper().readTree(received.getMessage().getBody(String.class));
        assertThat(event.path("action").asText()).isEqualTo("buy_product");
        assertThat(event.path("lead").path("email").asText()).isEqualTo("jane.doe@example.com");
    }

    @Test
    void aLeadPostedToTheSourceIsCreatedInKartra() throws Exception {
        load("new-leads.pipe.yaml");

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/leads"))
                        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"new.lead@example.com\",\"first_name\":\"New\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        String apiKey = KARTRA.simulator().demoCredentials().apiKey();
        assertThat(KARTRA.simulator().state().account(apiKey).lead("new.lead@example.com")).hasValueSatisfying(lead -> {
            assertThat(lead.firstName()).isEqualTo("New");
            assertThat(lead.tags()).containsExactly("Webinar Attendee");
            assertThat(lead.lists()).containsExactly("Newsletter");
        });
        // the HTTP source answers with the sink's reply, the KartraResponse as Kartra's JSON
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode reply = new ObjectMapper().readTree(response.body());
        assertThat(reply.path("status").asText()).isEqualTo("Success");
        assertThat(reply.path("actions").get(0).path("cmd").asText()).isEqualTo("create_lead");
    }

    @Test
    void camel4DoesNotReadTheOlderKameletBinding() throws Exception {
        load("kartra-purchases-kamelet-binding.yaml");

        assertThat(context.getRoutes()).isEmpty();
    }
}
