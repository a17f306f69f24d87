package io.camelkartra.quarkus.it;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads Quarkus's readiness endpoint as a Kubernetes probe would. The producer health check reports its last
 * credential check and starts one when there is none, so the first reads may show the initial state.
 */
final class ReadinessProbe {

    /** One answer of the endpoint. */
    record Answer(int status, String body, JsonNode kartraData) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReadinessProbe() {
    }

    /** Reads the endpoint until the camel-kartra check's data satisfies the condition, for at most 15 seconds. */
    static Answer awaitKartraData(URL ready, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        Answer answer = read(ready);
        while (!condition.test(answer.kartraData()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            answer = read(ready);
        }
        return answer;
    }

    private static Answer read(URL ready) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ready.toString()))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode data = JSON.createObjectNode();
        for (JsonNode check : JSON.readTree(response.body()).path("checks")) {
            if ("camel-kartra".equals(check.path("name").asText())) {
                data = check.path("data");
            }
        }
        return new Answer(response.statusCode(), response.body(), data);
    }
}
