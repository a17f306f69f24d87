package io.camelkartra.simulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.camelkartra.simulator.CallLog;
import io.camelkartra.simulator.Outcome;
import io.camelkartra.simulator.RecordedCall;
import io.camelkartra.simulator.SimulatorCredentials;
import io.camelkartra.simulator.support.KartraHttp;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The call log: each call with its parsed request and typed outcome, per action, and taken in order. */
class CallLogTest extends ConformanceTest {

    private static final String CHAIN = "lead[email]=john.smith%40example.com"
            + "&actions[0][cmd]=assign_tag&actions[0][tag_name]=Lead+Magnet"
            + "&actions[1][cmd]=assign_tag&actions[1][tag_name]=Nope"
            + "&actions[2][cmd]=give_points_to_lead&actions[2][points]=5";

    @Test
    void aChainIsRecordedWithItsParametersAndWhatEachActionDid() {
        call(CHAIN);

        RecordedCall call = sim().calls().take(Duration.ofSeconds(5)).orElseThrow();
        assertThat(call.sequence()).isEqualTo(1);
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(call.messageType()).isZero();
        assertThat(call.commandRan()).isTrue();
        assertThat(call.injected()).isEmpty();
        assertThat(call.actions()).containsExactly(
                new RecordedCall.Action("assign_tag", Outcome.SUCCESS, Outcome.SUCCESS, 103),
                new RecordedCall.Action("assign_tag", Outcome.KARTRA_ERROR, Outcome.KARTRA_ERROR, 212),
                new RecordedCall.Action("give_points_to_lead", Outcome.SUCCESS, Outcome.SUCCESS, 105));
        assertThat(call.request().lead()).containsExactly(Map.entry("email", "john.smith@example.com"));
        assertThat(call.request().actions().get(1).params()).containsExactly(Map.entry("tag_name", "Nope"));
        assertThat(call.request().sentCredentials(sim().demoCredentials())).isTrue();
        assertThat(call.toString() + call.request().body()).doesNotContain("DemoUser", "DemoPassword", "SimulatorApp");
        assertThat(sim().calls().countErrors("assign_tag", 212)).isEqualTo(1);
        assertThat(sim().calls().count("assign_tag", Outcome.SUCCESS)).isEqualTo(1);
        assertThat(sim().calls().outcomeCounts()).containsEntry("assign_tag", Map.of("success", 1L, "error:212", 1L));
    }

    @Test
    void aCallLevelErrorIsTheResultOfEveryActionAndRunsNone() {
        http().raw("app_id=SimulatorApp&api_key=DemoUser&api_password=wrong&" + CHAIN);

        RecordedCall call = sim().calls().take(Duration.ofSeconds(5)).orElseThrow();
        assertThat(call.outcome()).isEqualTo(Outcome.KARTRA_ERROR);
        assertThat(call.messageType()).isEqualTo(233);
        assertThat(call.commandRan()).isFalse();
        assertThat(call.actions()).extracting(RecordedCall.Action::result, RecordedCall.Action::messageType)
                .containsOnly(tuple(Outcome.KARTRA_ERROR, 233));
        assertThat(call.request().sentCredentials(sim().demoCredentials())).isFalse();
        assertThat(call.request().sentCredentials(new SimulatorCredentials("SimulatorApp", "DemoUser", "wrong"))).isTrue();
    }

    @Test
    void takeWaitsForTheNextCallAndReturnsEachOnce() throws Exception {
        assertThat(sim().calls().take(Duration.ofMillis(50))).isEmpty();

        CompletableFuture<RecordedCall> taken = CompletableFuture.supplyAsync(
                () -> sim().calls().take(Duration.ofSeconds(10)).orElseThrow());
        call("get_lead[email]=john.smith%40example.com");
        call("get_lead[email]=jane.doe%40example.com");

        assertThat(taken.get().request().param("get_lead[email]")).isEqualTo("john.smith@example.com");
        assertThat(sim().calls().take(Duration.ofSeconds(5)).orElseThrow().request().param("get_lead[email]"))
                .isEqualTo("jane.doe@example.com");
        assertThat(sim().calls().take(Duration.ofMillis(50))).isEmpty();
        assertThat(sim().calls().recorded()).extracting(RecordedCall::sequence).containsExactly(1L, 2L);
    }

    @Test
    void aCallWithoutCommandIsCountedUnderNoCommand() {
        http().raw(KartraHttp.CREDENTIALS);

        assertThat(sim().calls().count(CallLog.NO_COMMAND, Outcome.KARTRA_ERROR)).isEqualTo(1);
        assertThat(sim().calls().recorded()).singleElement().satisfies(call -> {
            assertThat(call.actions()).isEmpty();
            assertThat(call.messageType()).isEqualTo(224);
        });
    }
}
