package io.camelkartra;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import io.camelkartra.support.KartraFixtures;
import io.camelkartra.support.KartraHttpTestSupport;
import io.camelkartra.support.LogCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events token and the IPN secret key, set at component level as the docs advise, appear in no log line at any
 * level, no reply and nothing a route sees, whether posts are accepted, refused or fail in the route. The one exception
 * is the HTTP server's own TRACE line with the request URL (Vert.x Web's router), which the docs warn about: the token
 * is part of the URL Kartra calls.
 */
class KartraConsumerSecretsTest extends KartraHttpTestSupport {

    private static final String TOKEN = "TokenSecretValue42";
    private static final String SECRET_KEY = "IpnSecretValue42";
    private static final String VERTX_ROUTER_TRACE = "io.vertx.ext.web.impl.RouterImpl Router: ";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        setComponentCredentials(context, TOKEN, SECRET_KEY);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // reports failed exchanges with their headers and body, below the build's console level
                errorHandler(defaultErrorHandler().log("io.camelkartra.test.exhausted").loggingLevel(LoggingLevel.DEBUG)
                        .retriesExhaustedLogLevel(LoggingLevel.DEBUG).logExhaustedMessageBody(true));
                from("kartra:events").to("mock:events").throwException(new IllegalStateException("events route fails"));
                from("kartra:ipn").to("mock:ipn").log("${headers} ${body}").throwException(new IllegalStateException("ipn route fails"));
            }
        };
    }

    @Test
    void credentialsAppearNowhere() throws Exception {
        String ipnSale = KartraFixtures.ipn("sale").replace(KartraFixtures.IPN_SECRET_KEY, SECRET_KEY);
        List<HttpResponse<String>> responses = new ArrayList<>();
        String logs;
        try (LogCapture capture = new LogCapture()) {
            responses.add(post("/kartra/events?token=" + TOKEN, "application/json", KartraFixtures.event("buy-product")));
            responses.add(post("/kartra/events?token=" + TOKEN, "application/json", "not json"));
            responses.add(post("/kartra/events?token=wrong", "application/json", KartraFixtures.event("buy-product")));
            responses.add(post("/kartra/ipn?secret_key=" + SECRET_KEY, "application/x-www-form-urlencoded", ipnSale));
            responses.add(post("/kartra/ipn", "application/x-www-form-urlencoded", "secret_key=wrong&transaction_id=1"));
            logs = capture.text();
        }

        assertThat(responses).extracting(HttpResponse::statusCode).containsExactly(500, 400, 403, 500, 403);
        assertThat(logs).contains("events route fails", "ipn route fails");
        assertThat(logs.lines().filter(line -> line.contains(TOKEN) || line.contains(SECRET_KEY))
                .filter(line -> !line.startsWith(VERTX_ROUTER_TRACE))).isEmpty();
        for (HttpResponse<String> response : responses) {
            assertThat(response.body() + response.headers().map()).doesNotContain(TOKEN, SECRET_KEY);
        }
        for (String mock : List.of("mock:events", "mock:ipn")) {
            MockEndpoint endpoint = getMockEndpoint(mock);
            assertThat(endpoint.getReceivedExchanges()).hasSize(1);
            Exchange exchange = endpoint.getReceivedExchanges().get(0);
            assertThat(exchange.getMessage().getHeaders() + " " + exchange.getMessage().getBody()).doesNotContain(TOKEN, SECRET_KEY);
        }
    }
}
