package io.camelkartra.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelkartra.simulator.support.KartraHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin JSON API: seeding, read-back, call log, faults, settings, events, outbound, reset. */
class AdminApiTest {

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension(
            () -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0));

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> request(KartraSimulator sim, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sim.adminUrl() + path));
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(KartraSimulator sim, String method, String path, String json) throws Exception {
        HttpResponse<String> response = request(sim, method, path, json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return KartraHttp.parse(response.body());
    }

    @Test
    void seedsASecondAccountAndATestModeAppAndReadsThemBack(KartraSimulator sim) throws Exception {
        ok(sim, "POST", "/apps", "{\"appId\":\"TestModeApp\",\"mode\":\"test\",\"allowedCommands\":[\"create_lead\",\"get_lead\"]}");
        JsonNode account = ok(sim, "POST", "/accounts", "{\"apiKey\":\"Second\",\"apiPassword\":\"pw-2\"}");
        assertThat(account.toString()).doesNotContain("pw-2");
        ok(sim, "POST", "/accounts/Second/tags", "{\"name\":\"Gold\"}");
        ok(sim, "POST", "/accounts/Second/custom-fields", "{\"identifier\":\"size\",\"type\":\"drop_down\",\"options\":[\"S\",\"M\"]}");
        ok(sim, "POST", "/accounts/Second/leads",
                "{\"email\":\"a@b.com\",\"fields\":{\"first_name\":\"A\"},\"tags\":[\"Gold\"],\"customFields\":{\"size\":\"M\"},\"score\":3}");

        JsonNode lead = ok(sim, "GET", "/accounts/Second/leads/a@b.com", null);
        assertThat(lead.path("tags").toString()).isEqualTo("[\"Gold\"]");
        assertThat(lead.path("score").asLong()).isEqualTo(3);
        assertThat(lead.path("customFieldValues").path("size").asText()).isEqualTo("M");
        assertThat(lead.path("fields").path("first_name").asText()).isEqualTo("A");

        JsonNode created = KartraHttp.plain(sim).post("app_id=TestModeApp&api_key=Second&api_password=pw-2"
                + "&lead[email]=c%40gmail.com&actions[0][cmd]=create_lead");
        assertThat(created.path("actions").get(0).path("create_lead").path("lead_details").path("email").asText())
                .isEqualTo("c@kartra.com");
        assertThat(KartraHttp.plain(sim).post("app_id=TestModeApp&api_key=Second&api_password=pw-2"
                + "&actions[0][cmd]=retrieve_account_tags").path("type").asText()).isEqualTo("262");
        assertThat(ok(sim, "GET", "/accounts/Second/leads", null)).hasSize(2);
        assertThat(ok(sim, "GET", "/apps/TestModeApp", null).path("mode").asText()).isEqualTo("TEST");

        ok(sim, "PUT", "/accounts/Second", "{\"active\":false}");
        assertThat(KartraHttp.plain(sim).post("app_id=TestModeApp&api_key=Second&api_password=pw-2&get_lead[email]=a%40b.com")
                .path("type").asText()).isEqualTo("204");
        ok(sim, "DELETE", "/accounts/Second/leads/a@b.com", null);
        assertThat(sim.state().account("Second").lead("a@b.com").orElseThrow().deleted()).isTrue();
    }

    @Test
    void callLogFaultsAndSettings(KartraSimulator sim) throws Exception {
        KartraHttp.plain(sim).call("get_lead[email]=john.smith%40example.com");
        KartraHttp.plain(sim).call("lead[email]=john.smith%40example.com&actions[0][cmd]=assign_tag&actions[0][tag_name]=Nope");
        JsonNode calls = ok(sim, "GET", "/calls", null);
        assertThat(calls.path("total").asLong()).isEqualTo(2);
        assertThat(calls.path("outcomes").path("assign_tag").path("error:212").asLong()).isEqualTo(1);
        assertThat(calls.path("outcomes").path("get_lead").path("success").asLong()).isEqualTo(1);
        assertThat(ok(sim, "GET", "/calls/entries", null)).hasSize(2);
        ok(sim, "DELETE", "/calls", null);
        assertThat(sim.calls().total()).isZero();

        JsonNode plan = ok(sim, "PUT", "/faults", "{\"serverErrorRate\":1.0,\"serverErrorStatuses\":[502],\"latencyMs\":0}");
        assertThat(plan.path("serverErrorRate").asDouble()).isEqualTo(1.0);
        assertThat(KartraHttp.plain(sim).raw(KartraHttp.CREDENTIALS).statusCode()).isEqualTo(502);
        ok(sim, "DELETE", "/faults", null);
        assertThat(KartraHttp.plain(sim).raw(KartraHttp.CREDENTIALS).statusCode()).isEqualTo(200);

        JsonNode settings = ok(sim, "PUT", "/settings", "{\"typeAsNumber\":true}");
        assertThat(settings.path("typeAsNumber").asBoolean()).isTrue();
        assertThat(KartraHttp.plain(sim).call("actions=x").path("type").isNumber()).isTrue();
    }

    @Test
    void whatTheLimitsDroppedIsCounted() throws Exception {
        try (KartraSimulator small = KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0)
                .callLogLimit(1).journalLimit(1).outboundQueueLimit(1).build().start()) {
            small.outbound().addWebhook("http://127.0.0.1:9/closed-port");
            KartraHttp.plain(small).call("lead[email]=john.smith%40example.com&actions[0][cmd]=assign_tag"
                    + "&actions[0][tag_name]=Lead+Magnet&actions[1][cmd]=give_points_to_lead&actions[1][points]=5");
            assertThat(small.outbound().awaitIdle(Duration.ofSeconds(10))).isTrue();

            assertThat(ok(small, "GET", "/calls", null).path("entriesDropped").asLong()).isZero();
            KartraHttp.plain(small).call("get_lead[email]=john.smith%40example.com");
            assertThat(ok(small, "GET", "/calls", null).path("entriesDropped").asLong()).isEqualTo(1);
            assertThat(ok(small, "GET", "/accounts/DemoUser", null).path("journalDropped").asLong()).isEqualTo(1);
            JsonNode outbound = ok(small, "GET", "/outbound", null);
            assertThat(outbound.path("backlog").asInt()).isZero();
            assertThat(outbound.path("lagMs").asLong()).isZero();
            assertThat(outbound.path("dropped").asLong()).isZero();
            assertThat(outbound.path("deliveryLogDropped").asLong()).isZero();
        }
    }

    @Test
    void simulatedEventsOutboundTargetsAndReset(KartraSimulator sim) throws Exception {
        JsonNode sale = ok(sim, "POST", "/accounts/DemoUser/events",
                "{\"event\":\"buy_product\",\"lead\":\"jane.doe@example.com\",\"productId\":2,\"pricePoint\":1}");
        assertThat(sale.path("type").asText()).isEqualTo("SALE");
        ok(sim, "POST", "/accounts/DemoUser/events", "{\"event\":\"rebill\",\"subscriptionId\":" + sale.path("subscriptionId") + "}");
        ok(sim, "POST", "/accounts/DemoUser/events", "{\"event\":\"filled_form\",\"lead\":\"1002\",\"formId\":3,\"formName\":\"F\"}");
        assertThat(ok(sim, "GET", "/accounts/DemoUser/transactions", null)).hasSize(9);
        assertThat(ok(sim, "GET", "/accounts/DemoUser/subscriptions", null)).hasSize(4);

        ok(sim, "POST", "/outbound/webhooks", "{\"url\":\"http://127.0.0.1:9/hook\",\"actions\":[\"assign_tag\"]}");
        JsonNode ipn = ok(sim, "POST", "/outbound/ipn", "{\"url\":\"http://127.0.0.1:9/ipn\",\"secretKey\":\"s\"}");
        assertThat(ipn.path("secretKey").asText()).isEqualTo("****");
        assertThat(ok(sim, "GET", "/outbound", null).path("webhooks")).hasSize(1);
        ok(sim, "DELETE", "/outbound", null);

        ok(sim, "POST", "/reset", null);
        assertThat(sim.state().account("DemoUser").transactions()).hasSize(7);
    }

    @Test
    void errors(KartraSimulator sim) throws Exception {
        assertThat(request(sim, "GET", "/nope", null).statusCode()).isEqualTo(404);
        assertThat(request(sim, "DELETE", "/health", null).statusCode()).isEqualTo(405);
        assertThat(request(sim, "POST", "/accounts", "{not json").statusCode()).isEqualTo(400);
        assertThat(request(sim, "POST", "/accounts", "{\"apiKey\":\"x\"}").body()).contains("apiPassword");
        assertThat(request(sim, "GET", "/accounts/Nobody", null).statusCode()).isEqualTo(404);
        assertThat(request(sim, "GET", "/accounts/DemoUser/leads/nobody@x.com", null).statusCode()).isEqualTo(404);
        assertThat(request(sim, "POST", "/accounts/DemoUser/events",
                "{\"event\":\"rebill\",\"subscriptionId\":14803}").statusCode()).isEqualTo(409);
    }
}
