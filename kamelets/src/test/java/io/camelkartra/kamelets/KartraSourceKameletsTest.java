package io.camelkartra.kamelets;

import java.util.Properties;

import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kartra-source and kartra-ipn-source on an integration's HTTP server (camel-platform-http-vertx, as Camel K and
 * Camel Main provide it) receive what the Kartra simulator posts when a lead buys a product, and emit it as JSON.
 */
class KartraSourceKameletsTest extends CamelTestSupport {

    private static final String TOKEN = "events-token-for-the-test";
    private static final String SECRET_KEY = "ipn-secret-for-the-test";

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

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.setProperty("camel.kamelet.kartra-source.token", TOKEN);
        properties.setProperty("camel.kamelet.kartra-ipn-source.secretKey", SECRET_KEY);
        return properties;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // tag::routes[]
                from("kamelet:kartra-source?events=buy_product")
                        .to("mock:events");
                from("kamelet:kartra-ipn-source")
                        .to("mock:payments");
                // end::routes[]
            }
        };
    }

    @Test
    void purchaseInKartraReachesBothSourcesAsJson() throws Exception {
        String base = "http://127.0.0.1:" + server.getPort();
        KARTRA.simulator().outbound().addWebhook(base + "/kartra/events?token=" + TOKEN);
        KARTRA.simulator().outbound().addIpn(base + "/kartra/ipn", SECRET_KEY);
        MockEndpoint events = getMockEndpoint("mock:events");
        MockEndpoint payments = getMockEndpoint("mock:payments");
        events.expectedMessageCount(1);
        payments.expectedMessageCount(1);

        String apiKey = KARTRA.simulator().demoCredentials().apiKey();
        long productId = KARTRA.simulator().state().account(apiKey).products().get(0).id();
        KARTRA.simulator().events(apiKey).buyProduct("jane.doe@example.com", productId, 1);

        MockEndpoint.assertIsSatisfied(context);
        assertThat(events.getExchanges().get(0).getMessage().getBody(String.class))
                .contains("buy_product").contains("jane.doe@example.com");
        assertThat(payments.getExchanges().get(0).getMessage().getBody(String.class))
                .contains("jane.doe@example.com").doesNotContain(SECRET_KEY);
    }
}
