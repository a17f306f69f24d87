package io.camelkartra;

import java.util.List;
import java.util.Map;

import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.Reply;
import io.camelkartra.support.KartraFixtures;
import io.camelkartra.support.KartraHttpTestSupport;
import io.camelkartra.support.SimulatorKartra;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code kartra} developer console, found and called through Camel's console registry. */
class KartraDevConsoleTest extends KartraHttpTestSupport {

    private static final String TOKEN = "evt-Token_0123456789";
    private static final String JOHN = "john.smith@example.com";

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension(
            () -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.setDevConsole(true);
        context.addComponent("kartra", SimulatorKartra.componentWithInventory(context, KARTRA.simulator()));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:assignTag").to("kartra:assignTag");
                from("kartra:events?token=" + TOKEN).to("mock:events");
            }
        };
    }

    private DevConsole console() {
        DevConsoleRegistry registry = DevConsoleRegistry.get(context);
        assertThat(registry).as("camel-console's registry").isNotNull();
        return registry.resolveById("kartra");
    }

    private void assignTag(String tag) {
        template.request("direct:assignTag", e -> {
            e.getMessage().setHeader(KartraConstants.LEAD_EMAIL, JOHN);
            e.getMessage().setHeader(KartraConstants.TAG_NAME, tag);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsEachAccountsLimiterCallsInventoryAndFailuresAndEachConsumersPosts() {
        assignTag("No Such Tag");
        KARTRA.simulator().enqueue(Reply.tooManyRequests().header("Retry-After", "0"));
        assignTag("VIP Customer");
        post("/kartra/events?token=" + TOKEN, "application/json", KartraFixtures.event("assign-tag"));
        post("/kartra/events?token=nope-0123456789", "application/json", KartraFixtures.event("assign-tag"));

        assertThat(DevConsoleRegistry.get(context)).as("camel-console's registry").isNotNull();
        // tag::console[]
        DevConsole console = DevConsoleRegistry.get(context).resolveById("kartra");
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
        // end::console[]
        assertThat(console.supportMediaType(DevConsole.MediaType.JSON)).isTrue();

        List<JsonObject> accounts = (List<JsonObject>) json.get("accounts");
        assertThat(accounts).hasSize(1);
        JsonObject account = accounts.get(0);
        assertThat(account.getString("name")).isEqualTo("kartra-1");
        assertThat(account.getString("component")).isEqualTo("kartra");
        assertThat(account.getString("app")).hasSize(KartraAccount.APP_DIGEST_LENGTH);
        JsonObject limiter = (JsonObject) account.get("rateLimiter");
        assertThat(limiter.getString("mode")).isEqualTo("local");
        assertThat(limiter.getDouble("callsPerSecond")).isEqualTo(20.0);
        assertThat(limiter.getInteger("waiting")).isZero();
        assertThat(limiter.getLong("granted")).as("five inventory calls and the assign_tag").isEqualTo(6);
        Map<String, Object> calls = account.getMap("calls");
        assertThat(calls).containsEntry("success", 5L).containsEntry("rate_limited", 1L).containsEntry("kartra_error", 0L);
        Map<String, Object> inventory = account.getMap("inventory");
        assertThat(inventory).containsEntry("loads", 1L).containsEntry("lastLoad", "complete").containsKeys("loadedAt", "ageSeconds", "tags")
                .containsEntry("refusedBeforeSending", Map.of("tag", 1L));
        List<Map<String, Object>> failures = (List<Map<String, Object>>) account.get("failures");
        assertThat(failures).extracting(f -> f.get("outcome") + " " + f.get("type") + " " + f.get("count") + " " + f.get("lastCommand"))
                .containsExactly("rate_limited none 1 assign_tag", "inventory_refused 212 1 assign_tag");

        List<Map<String, Object>> consumers = (List<Map<String, Object>>) json.get("consumers");
        assertThat(consumers).singleElement().satisfies(consumer -> {
            assertThat(consumer).containsEntry("consumer", "events").containsEntry("path", "/kartra/events");
            assertThat((Map<String, Object>) consumer.get("deliveries")).containsEntry("routed 200", 1L).containsEntry("refused 403", 1L);
        });

        String all = Jsoner.serialize(json) + console.call(DevConsole.MediaType.TEXT);
        var credentials = KARTRA.simulator().demoCredentials();
        assertThat(all).doesNotContain(credentials.appId()).doesNotContain(credentials.apiKey())
                .doesNotContain(credentials.apiPassword()).doesNotContain(JOHN).doesNotContain("No Such Tag").doesNotContain(TOKEN);
    }

    @Test
    void textSaysTheSameInLines() {
        assignTag("No Such Tag");

        String text = (String) console().call(DevConsole.MediaType.TEXT);

        assertThat(text).contains("Kartra account kartra-1 (app ").contains("Rate limiter: local, 20.0 calls/s per instance, 0 waiting")
                .contains("Failure inventory_refused type 212: 1, last assign_tag at ")
                .contains("Kartra consumer events on /kartra/events: {}");
    }
}
