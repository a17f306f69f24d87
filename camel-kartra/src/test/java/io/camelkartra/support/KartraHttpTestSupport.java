package io.camelkartra.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.camelkartra.KartraComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.junit5.CamelTestSupport;

/**
 * Consumer tests over real HTTP: a Camel context with camel-platform-http-vertx's server on a free loopback port, as
 * on Camel Main.
 */
public abstract class KartraHttpTestSupport extends CamelTestSupport {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

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

    /** Sets the consumers' credentials at component level, as the docs advise. */
    protected static void setComponentCredentials(CamelContext context, String token, String secretKey) {
        KartraComponent kartra = new KartraComponent();
        kartra.getConfiguration().setToken(token);
        kartra.getConfiguration().setSecretKey(secretKey);
        context.addComponent("kartra", kartra);
    }

    /** The server's URL for this path and query. */
    protected URI url(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getPort() + pathAndQuery);
    }

    protected HttpResponse<String> post(String pathAndQuery, String contentType, String body) {
        return send(HttpRequest.newBuilder(url(pathAndQuery)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    protected HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
