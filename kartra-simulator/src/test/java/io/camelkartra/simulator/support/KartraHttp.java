package io.camelkartra.simulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelkartra.simulator.KartraSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A raw HTTP client for the conformance tests: form bodies written by hand, posted with
 * {@code java.net.http.HttpClient}, replies parsed as JSON. Nothing from the Camel component.
 */
public final class KartraHttp {

    public static final String CREDENTIALS = "app_id=SimulatorApp&api_key=DemoUser&api_password=DemoPassword";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final String url;

    private KartraHttp(HttpClient client, String url) {
        this.client = client;
        this.url = url;
    }

    /** Plain HTTP to the simulator's {@code /api}. */
    public static KartraHttp plain(KartraSimulator sim) {
        return new KartraHttp(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), sim.baseUrl());
    }

    /** HTTPS, trusting the simulator's certificate. */
    public static KartraHttp tls(KartraSimulator sim) {
        return new KartraHttp(HttpClient.newBuilder().sslContext(sim.clientSslContext())
                .connectTimeout(Duration.ofSeconds(5)).build(), sim.httpsBaseUrl());
    }

    /** Posts the demo credentials followed by {@code rest} and parses the JSON reply. */
    public JsonNode call(String rest) {
        return post(CREDENTIALS + "&" + rest);
    }

    /** Posts {@code body} as is and parses the JSON reply (which must be HTTP 200). */
    public JsonNode post(String body) {
        HttpResponse<String> response = raw(body);
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    public HttpResponse<String> raw(String body) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return url;
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
