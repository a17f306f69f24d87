package io.camelkartra;

import java.net.http.HttpResponse;
import java.util.List;

import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.Reply;
import io.camelkartra.support.KartraFixtures;
import io.camelkartra.support.KartraHttpTestSupport;
import io.camelkartra.support.SimulatorKartra;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelkartra.KartraMeters.CALLS;
import static io.camelkartra.KartraMeters.CALLS_ACTIVE;
import static io.camelkartra.KartraMeters.DELIVERIES;
import static io.camelkartra.KartraMeters.INVENTORY_LOADS;
import static io.camelkartra.KartraMeters.INVENTORY_REFUSED;
import static io.camelkartra.KartraMeters.IPN_NOTIFICATIONS;
import static io.camelkartra.KartraMeters.RATE_LIMITER_REFUSED;
import static io.camelkartra.KartraMeters.RATE_LIMITER_WAIT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meters in the registry camel-micrometer binds ({@code metricsRegistry}): calls by command and outcome, the rate
 * limiter's refusals, the inventory's refusals and loads, and the consumers' posts by outcome and status.
 */
class KartraMetricsTest extends KartraHttpTestSupport {

    private static final String TOKEN = "evt-Token_0123456789";
    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension(
            () -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0));

    @BindToRegistry(KartraMeters.REGISTRY_NAME)
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BindToRegistry("deliveries")
    private final IdempotentRepository deliveries = MemoryIdempotentRepository.memoryIdempotentRepository(100);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("kartra", SimulatorKartra.component(context, KARTRA.simulator()));
        KartraComponent tight = SimulatorKartra.component(context, KARTRA.simulator());
        tight.setRateLimit(1);
        context.addComponent("kartraTight", tight);
        context.addComponent("kartraChecked", SimulatorKartra.componentWithInventory(context, KARTRA.simulator()));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:assignTag").to("kartra:assignTag?tagName=VIP");
                from("direct:tight").to("kartraTight:assignTag?tagName=VIP&rateLimitMaxWait=0");
                from("direct:checked").to("kartraChecked:assignTag");
                from("kartra:events?idempotentRepository=#deliveries&token=" + TOKEN).to("mock:events");
                from("kartra:ipn?secretKey=" + KartraFixtures.IPN_SECRET_KEY).to("mock:ipn");
            }
        };
    }

    private Exchange send(String uri, String tag) {
        return template.request(uri, e -> {
            e.getMessage().setHeader(KartraConstants.LEAD_EMAIL, "john.smith@example.com");
            e.getMessage().setHeader(KartraConstants.TAG_NAME, tag);
        });
    }

    @Test
    void countsEachOutcomeOfCallsAndPosts() {
        String tagMissing = Integer.toString(KartraMessageType.TAG_DOES_NOT_EXIST.getCode());
        KARTRA.simulator().enqueue(Reply.json("{\"status\":\"Success\",\"message\":\"Tag added to lead\",\"type\":\"103\"}"),
                Reply.json("{\"status\":\"Error\",\"message\":\"Tag does not exist\",\"type\":\"" + tagMissing + "\"}"),
                Reply.tooManyRequests().header("Retry-After", "0"));
        assertThat(send("direct:assignTag", "VIP").getException()).isNull();
        assertThat(send("direct:assignTag", "VIP").getException()).isInstanceOf(KartraNotFoundException.class);
        assertThat(send("direct:assignTag", "VIP").getException()).isInstanceOf(KartraRateLimitException.class);

        KARTRA.simulator().enqueue(Reply.json("{\"status\":\"Success\",\"message\":\"Tag added to lead\",\"type\":\"103\"}"));
        assertThat(send("direct:tight", "VIP").getException()).isNull();
        assertThat(send("direct:tight", "VIP").getException()).isInstanceOf(KartraRateLimitException.class)
                .hasMessageContaining("not sent");

        assertThat(send("direct:checked", "No Such Tag").getException()).isInstanceOf(KartraNotFoundException.class);

        String event = KartraFixtures.event("assign-tag");
        assertThat(post("/kartra/events?token=" + TOKEN, JSON, event).statusCode()).isEqualTo(200);
        HttpResponse<String> duplicate = post("/kartra/events?token=" + TOKEN, JSON, event);
        assertThat(duplicate.body()).isEqualTo("duplicate");
        assertThat(post("/kartra/events", JSON, event).statusCode()).isEqualTo(401);
        assertThat(post("/kartra/events?token=wrong-token-0123456789", JSON, event).statusCode()).isEqualTo(403);
        assertThat(post("/kartra/ipn", FORM, KartraFixtures.ipn("refund")).statusCode()).isEqualTo(200);

        assertThat(count(CALLS, "command", "assign_tag", "outcome", "success", "type", "none")).isEqualTo(2);
        assertThat(count(CALLS, "command", "assign_tag", "outcome", "kartra_error", "type", tagMissing)).isEqualTo(1);
        assertThat(count(CALLS, "command", "assign_tag", "outcome", "rate_limited", "type", "none")).isEqualTo(1);
        assertThat(count(RATE_LIMITER_REFUSED, "command", "assign_tag", "reason", "no_slot")).isEqualTo(1);
        assertThat(count(RATE_LIMITER_WAIT)).as("a slot for each call sent").isEqualTo(count(CALLS)).isEqualTo(9);
        assertThat(count(INVENTORY_REFUSED, "command", "assign_tag", "kind", "tag")).isEqualTo(1);
        assertThat(count(INVENTORY_LOADS, "result", "complete")).isEqualTo(1);
        assertThat(count(CALLS, "command", "retrieve_account_tags", "outcome", "success")).as("the inventory's load").isEqualTo(1);
        assertThat(registry.get(CALLS_ACTIVE).gauges()).allSatisfy(gauge -> assertThat(gauge.value()).isZero());

        assertThat(count(DELIVERIES, "consumer", "events", "outcome", "routed", "status", "200")).isEqualTo(1);
        assertThat(count(DELIVERIES, "consumer", "events", "outcome", "duplicate", "status", "200")).isEqualTo(1);
        assertThat(count(DELIVERIES, "consumer", "events", "outcome", "refused", "status", "401")).isEqualTo(1);
        assertThat(count(DELIVERIES, "consumer", "events", "outcome", "refused", "status", "403")).isEqualTo(1);
        assertThat(count(DELIVERIES, "consumer", "ipn", "outcome", "routed", "status", "200")).isEqualTo(1);
        assertThat(count(IPN_NOTIFICATIONS, "consumer", "ipn", "transactionType", "refund")).isEqualTo(1);
    }

    @Test
    void tagsHoldNoCredentialAppIdOrEmailAndNameTheAppByAShortDigest() {
        KARTRA.simulator().enqueue(Reply.json("{\"status\":\"Success\",\"message\":\"Tag added to lead\",\"type\":\"103\"}"));
        send("direct:assignTag", "VIP");

        var credentials = KARTRA.simulator().demoCredentials();
        List<String> values = registry.getMeters().stream().map(Meter::getId)
                .flatMap(id -> id.getTags().stream()).map(Tag::getValue).toList();
        assertThat(values).isNotEmpty().noneMatch(value -> value.contains(credentials.appId()) || value.contains(credentials.apiKey())
                                                           || value.contains(credentials.apiPassword()) || value.contains("@"));
        String app = registry.get(CALLS).timer().getId().getTag("app");
        assertThat(app).hasSize(KartraAccount.APP_DIGEST_LENGTH)
                .isEqualTo(SharedRateLimiter.digest(credentials.appId()).substring(0, KartraAccount.APP_DIGEST_LENGTH));
        assertThat(registry.get(CALLS).timer().getId().getTag("camelContext")).isEqualTo(context.getName());
    }

    @Test
    void aStoppedComponentLeavesNoGaugeBehind() {
        KARTRA.simulator().enqueue(Reply.json("{\"status\":\"Success\",\"message\":\"Tag added to lead\",\"type\":\"103\"}"));
        send("direct:assignTag", "VIP");
        assertThat(registry.find(CALLS_ACTIVE).gauges()).isNotEmpty();

        context.stop();

        assertThat(registry.find(CALLS_ACTIVE).gauges()).isEmpty();
        assertThat(registry.find(CALLS).timers()).as("counts stay").isNotEmpty();
    }

    private long count(String name, String... tags) {
        var search = registry.find(name).tags(tags);
        if (search.timer() != null) {
            return search.timers().stream().mapToLong(timer -> timer.count()).sum();
        }
        return Math.round(search.counters().stream().mapToDouble(counter -> counter.count()).sum());
    }
}
