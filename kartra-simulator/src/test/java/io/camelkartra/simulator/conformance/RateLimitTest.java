package io.camelkartra.simulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.Outcome;
import io.camelkartra.simulator.Reply;
import io.camelkartra.simulator.support.KartraHttp;
import io.camelkartra.simulator.support.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 20 calls per second per App (§6) as a token bucket, on a clock that only moves when told: no
 * timing, so the counts are exact on any machine.
 */
class RateLimitTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension(
            () -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).clock(CLOCK));

    private static final String GET_JOHN = KartraHttp.CREDENTIALS + "&get_lead[email]=john.smith%40example.com";
    private static final String TAG_JOHN = KartraHttp.CREDENTIALS + "&lead[email]=john.smith%40example.com"
            + "&actions[0][cmd]=assign_tag&actions[0][tag_name]=Lead+Magnet";

    @Test
    void theTwentyFirstCallInTheSameInstantIs429AndChangesNothing(KartraSimulator sim) {
        KartraHttp http = KartraHttp.plain(sim);
        for (int i = 0; i < 20; i++) {
            assertThat(http.raw(GET_JOHN).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> limited = http.raw(TAG_JOHN);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).isEqualTo("{\"status\":\"Error\",\"message\":\"Too many requests\"}");
        assertThat(sim.state().account("DemoUser").lead("john.smith@example.com").orElseThrow().tags())
                .doesNotContain("Lead Magnet");
        assertThat(sim.calls().count("assign_tag", Outcome.RATE_LIMITED)).isEqualTo(1);
        assertThat(sim.calls().total()).isEqualTo(21);
    }

    @Test
    void aCallTheLimitRefusesLeavesTheQueuedReplyForTheNextOne(KartraSimulator sim) {
        KartraHttp http = KartraHttp.plain(sim);
        for (int i = 0; i < 20; i++) {
            http.raw(GET_JOHN);
        }
        sim.enqueue(Reply.json("{\"scripted\":true}").afterCommand());

        assertThat(http.raw(TAG_JOHN).statusCode()).isEqualTo(429);
        assertThat(sim.queuedReplies()).isEqualTo(1);
        CLOCK.advance(Duration.ofSeconds(1));
        assertThat(http.raw(TAG_JOHN).body()).isEqualTo("{\"scripted\":true}");
        assertThat(sim.state().account("DemoUser").lead("john.smith@example.com").orElseThrow().tags()).contains("Lead Magnet");
    }

    @Test
    void tokensComeBackContinuously(KartraSimulator sim) {
        KartraHttp http = KartraHttp.plain(sim);
        for (int i = 0; i < 20; i++) {
            http.raw(GET_JOHN);
        }
        assertThat(http.raw(GET_JOHN).statusCode()).isEqualTo(429);
        CLOCK.advance(Duration.ofMillis(50));
        assertThat(http.raw(GET_JOHN).statusCode()).isEqualTo(200);
        assertThat(http.raw(GET_JOHN).statusCode()).isEqualTo(429);
        CLOCK.advance(Duration.ofSeconds(5));
        int allowed = 0;
        while (http.raw(GET_JOHN).statusCode() == 200) {
            allowed++;
        }
        assertThat(allowed).isEqualTo(20);
    }

    @Test
    void eachAppHasItsOwnBucket(KartraSimulator sim) {
        sim.state().addApp("OtherApp");
        KartraHttp http = KartraHttp.plain(sim);
        for (int i = 0; i < 21; i++) {
            http.raw(GET_JOHN);
        }
        assertThat(http.raw(GET_JOHN.replace("SimulatorApp", "OtherApp")).statusCode()).isEqualTo(200);
    }

    @Test
    void zeroTurnsTheLimitOffAndResetRefills(KartraSimulator sim) {
        KartraHttp http = KartraHttp.plain(sim);
        sim.settings().rateLimit(0);
        for (int i = 0; i < 50; i++) {
            assertThat(http.raw(GET_JOHN).statusCode()).isEqualTo(200);
        }
        sim.settings().rateLimit(20);
        for (int i = 0; i < 20; i++) {
            http.raw(GET_JOHN);
        }
        assertThat(http.raw(GET_JOHN).statusCode()).isEqualTo(429);
        sim.reset();
        assertThat(http.raw(GET_JOHN).statusCode()).isEqualTo(200);
    }
}
