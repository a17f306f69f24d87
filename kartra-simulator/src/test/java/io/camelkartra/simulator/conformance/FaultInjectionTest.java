package io.camelkartra.simulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.camelkartra.simulator.FaultPlan;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.Outcome;
import io.camelkartra.simulator.RecordedCall;
import io.camelkartra.simulator.Reply;
import io.camelkartra.simulator.support.KartraHttp;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fault injection: deterministic from the seed; 429 and 5xx strike before the command, resets,
 * truncated JSON and HTML pages after it for the configured share; never on {@code /_admin/}.
 */
class FaultInjectionTest extends ConformanceTest {

    private static final String GET_JOHN = "get_lead[email]=john.smith%40example.com";
    private static final String TAG_JOHN = "lead[email]=john.smith%40example.com&actions[0][cmd]=assign_tag"
            + "&actions[0][tag_name]=Lead+Magnet";

    private static final FaultPlan MIXED = FaultPlan.builder().serverErrors(0.15).resets(0.1).truncatedJson(0.1)
            .htmlPages(0.1).bursts429(0.1, 3).build();

    @Test
    void theSameSeedAndPlanGiveTheSameFaults() {
        List<String> first = faults(7L);
        List<String> second = faults(7L);
        assertThat(first).isEqualTo(second);
        assertThat(first).contains("none", "RESET 0", "TRUNCATED 200", "TOO_MANY_REQUESTS 429")
                .anyMatch(fault -> fault.matches("HTML_PAGE (200|502)"))
                .anyMatch(fault -> fault.matches("SERVER_ERROR 50[023]"));
        assertThat(faults(8L)).isNotEqualTo(first);
    }

    /** The fault each of 80 calls got ({@code "none"}, {@code "RESET 0"}, {@code "SERVER_ERROR 503"}…), in order. */
    private static List<String> faults(long seed) {
        try (KartraSimulator sim = KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0).seed(seed)
                .build().start()) {
            sim.faults().configure(MIXED);
            KartraHttp http = KartraHttp.plain(sim);
            for (int i = 0; i < 80; i++) {
                try {
                    http.raw(KartraHttp.CREDENTIALS + "&" + GET_JOHN);
                } catch (UncheckedIOException reset) {
                    // a reset is one of the outcomes
                }
            }
            return sim.calls().recorded().stream()
                    .map(call -> call.injected().map(fault -> fault.kind() + " " + fault.status()).orElse("none")).toList();
        }
    }

    @Test
    void aResetAfterTheCommandChangedTheState() {
        sim().faults().configure(FaultPlan.builder().resets(1.0).afterShare(1.0).build());
        assertThatThrownBy(() -> call(TAG_JOHN)).isInstanceOf(UncheckedIOException.class);
        assertThat(john().tags()).contains("Lead Magnet");
        RecordedCall call = sim().calls().take(Duration.ofSeconds(5)).orElseThrow();
        assertThat(call.commandRan()).isTrue();
        assertThat(call.injected()).map(Reply::kind).hasValue(Reply.Kind.RESET);
        assertThat(call.actions()).containsExactly(
                new RecordedCall.Action("assign_tag", Outcome.FAULT_AFTER_COMMAND, Outcome.SUCCESS, 103));
        assertThat(sim().calls().count("assign_tag", Outcome.FAULT_AFTER_COMMAND)).isEqualTo(1);
        assertThat(sim().calls().countResult("assign_tag", Outcome.SUCCESS)).isEqualTo(1);
    }

    @Test
    void aResetBeforeTheCommandChangedNothing() {
        sim().faults().configure(FaultPlan.builder().resets(1.0).afterShare(0.0).build());
        assertThatThrownBy(() -> call(TAG_JOHN)).isInstanceOf(UncheckedIOException.class);
        assertThat(john().tags()).doesNotContain("Lead Magnet");
        assertThat(sim().calls().countResult("assign_tag", Outcome.NOT_RUN)).isEqualTo(1);
    }

    @Test
    void truncatedJsonIsTheRealReplyCutInTheMiddle() {
        String full = http().raw(KartraHttp.CREDENTIALS + "&" + GET_JOHN).body();
        sim().faults().configure(FaultPlan.builder().truncatedJson(1.0).afterShare(1.0).build());
        HttpResponse<String> cut = http().raw(KartraHttp.CREDENTIALS + "&" + GET_JOHN);
        assertThat(cut.statusCode()).isEqualTo(200);
        assertThat(cut.body()).isNotEmpty().isNotEqualTo(full);
        assertThat(full).startsWith(cut.body());
    }

    @Test
    void serverErrorsAnd429StrikeBeforeTheCommand() {
        sim().faults().configure(FaultPlan.builder().serverErrors(1.0, List.of(503)).build());
        HttpResponse<String> unavailable = http().raw(KartraHttp.CREDENTIALS + "&" + TAG_JOHN);
        assertThat(unavailable.statusCode()).isEqualTo(503);
        sim().faults().configure(FaultPlan.builder().bursts429(1.0, 2).build());
        HttpResponse<String> limited = http().raw(KartraHttp.CREDENTIALS + "&" + TAG_JOHN);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).isEqualTo("{\"status\":\"Error\",\"message\":\"Too many requests\"}");
        assertThat(john().tags()).doesNotContain("Lead Magnet");
        assertThat(sim().calls().recorded()).extracting(call -> call.injected().orElseThrow().kind(), RecordedCall::status)
                .containsExactly(tuple(Reply.Kind.SERVER_ERROR, 503), tuple(Reply.Kind.TOO_MANY_REQUESTS, 429));
        assertThat(sim().calls().count("assign_tag", Outcome.FAULT_BEFORE_COMMAND)).isEqualTo(2);
    }

    @Test
    void htmlErrorPages() {
        sim().faults().configure(FaultPlan.builder().htmlPages(1.0, List.of(502)).afterShare(1.0).build());
        HttpResponse<String> page = http().raw(KartraHttp.CREDENTIALS + "&" + TAG_JOHN);
        assertThat(page.statusCode()).isEqualTo(502);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<html>");
        assertThat(john().tags()).contains("Lead Magnet");
        sim().faults().configure(FaultPlan.builder().htmlPages(1.0, List.of(200)).build());
        assertThat(http().raw(KartraHttp.CREDENTIALS + "&" + GET_JOHN).statusCode()).isEqualTo(200);
    }

    @Test
    void adminIsNeverFaulted() throws Exception {
        sim().faults().configure(FaultPlan.builder().resets(1.0).build());
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(sim().adminUrl() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(sim().calls().total()).isZero();
    }

    @Test
    void clearTurnsFaultsOff() {
        sim().faults().configure(FaultPlan.builder().serverErrors(1.0).build());
        sim().faults().clear();
        assertThat(call(GET_JOHN).path("status").asText()).isEqualTo("Success");
    }
}
