package io.camelkartra.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads Spring Boot Actuator's health endpoint as a probe would. The producer health check reports its last
 * credential check and starts one when there is none, so the first reads may show the initial state.
 */
final class ActuatorHealth {

    /** One answer of the endpoint, with the details of Camel's health indicator. */
    record Answer(int status, String body, JsonNode camelDetails) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ActuatorHealth() {
    }

    /** Reads /actuator/health until Camel's details satisfy the condition, for at most 15 seconds. */
    static Answer awaitCamelDetails(int port, Predicate<JsonNode> condition) throws Exception {
        URI health = URI.create("http://localhost:" + port + "/actuator/health");
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        Answer answer = read(health);
        while (!condition.test(answer.camelDetails()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            answer = read(health);
        }
        return answer;
    }

    private static Answer read(URI health) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode details = JSON.readTree(response.body()).path("components").path("camelHealth").path("details");
        return new Answer(response.statusCode(), response.body(), details);
    }
}
