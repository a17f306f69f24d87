package io.camelkartra.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelkartra.simulator.state.Account;
import io.camelkartra.simulator.state.Delivery;
import io.camelkartra.simulator.state.JournalEntry;
import io.camelkartra.simulator.support.KartraHttp;
import io.camelkartra.simulator.support.Receiver;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the simulator keeps is bounded: the call log, the journal, the delivery log and the outbound queue each keep at
 * most their limit and count what they dropped; the outbound emitter can have several deliveries under way, and can
 * hold calls back rather than drop their events.
 */
class SimulatorLimitsTest {

    private static final String TWO_TAGS_AND_A_LIST = "lead[email]=john.smith%40example.com"
            + "&actions[0][cmd]=assign_tag&actions[0][tag_name]=Lead+Magnet"
            + "&actions[1][cmd]=assign_tag&actions[1][tag_name]=Webinar+Attendee"
            + "&actions[2][cmd]=subscribe_lead_to_list&actions[2][list_name]=Webinar";
    private static final String ONE_TAG = "lead[email]=jane.doe%40example.com"
            + "&actions[0][cmd]=assign_tag&actions[0][tag_name]=VIP+Customer";

    private final Receiver receiver;
    private KartraSimulator sim;

    SimulatorLimitsTest() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void tearDown() {
        receiver.close();
        if (sim != null) {
            sim.close();
        }
    }

    private KartraHttp start(UnaryOperator<KartraSimulator.Builder> limits) {
        sim = limits.apply(KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0)).build().start();
        sim.outbound().addWebhook(receiver.url("/events"));
        return KartraHttp.plain(sim);
    }

    @Test
    void theCallLogKeepsTheLatestCallsAndCountsEveryOne() {
        KartraHttp http = start(b -> b.callLogLimit(2));
        for (int i = 0; i < 3; i++) {
            http.call("get_lead[email]=john.smith%40example.com");
        }

        assertThat(sim.calls().recorded()).extracting(RecordedCall::sequence).containsExactly(2L, 3L);
        assertThat(sim.calls().entriesDropped()).isEqualTo(1);
        assertThat(sim.calls().total()).isEqualTo(3);
        assertThat(sim.calls().count("get_lead", Outcome.SUCCESS)).isEqualTo(3);
    }

    @Test
    void theJournalKeepsTheAccountsLatestEntries() {
        KartraHttp http = start(b -> b.journalLimit(2));
        http.call(TWO_TAGS_AND_A_LIST);

        Account demo = sim.state().account("DemoUser");
        assertThat(demo.lead("john.smith@example.com").orElseThrow().journal()).extracting(JournalEntry::parameter)
                .containsExactly("Webinar Attendee", "Webinar");
        assertThat(demo.journalDropped()).isEqualTo(1);

        http.call(ONE_TAG);
        assertThat(demo.lead("john.smith@example.com").orElseThrow().journal()).extracting(JournalEntry::parameter)
                .containsExactly("Webinar");
        assertThat(demo.lead("jane.doe@example.com").orElseThrow().journal()).extracting(JournalEntry::parameter)
                .containsExactly("VIP Customer");
        assertThat(demo.journalDropped()).isEqualTo(2);
    }

    @Test
    void theDeliveryLogKeepsTheLatestDeliveries() throws Exception {
        KartraHttp http = start(b -> b.deliveryLogLimit(1));
        http.call(TWO_TAGS_AND_A_LIST);

        assertThat(sim.outbound().awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(receiver.received("/events")).hasSize(3);
        assertThat(sim.outbound().deliveries()).extracting(Delivery::action).containsExactly("list_subscription");
        assertThat(sim.outbound().deliveryLogDropped()).isEqualTo(2);
    }

    @Test
    void aFullQueueDropsTheEventsThatDoNotFitAndSaysHowFarBehindItIs() throws Exception {
        KartraHttp http = start(b -> b.outboundQueueLimit(1));
        receiver.hold();
        http.call(ONE_TAG);
        awaitTrue(() -> receiver.arrived() == 1);
        // one delivery under way (held by the receiver): of the next three, one waits and two do not fit
        http.call(TWO_TAGS_AND_A_LIST);

        assertThat(sim.outbound().backlog()).isEqualTo(2);
        assertThat(sim.outbound().dropped()).isEqualTo(2);
        Thread.sleep(50);
        assertThat(sim.outbound().lag()).isGreaterThanOrEqualTo(Duration.ofMillis(50));

        receiver.open();
        assertThat(sim.outbound().awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(receiver.received("/events")).hasSize(2);
        assertThat(sim.outbound().backlog()).isZero();
        assertThat(sim.outbound().lag()).isZero();
    }

    @Test
    void withBackpressureACallWaitsForRoomInsteadOfDroppingItsEvents() throws Exception {
        KartraHttp http = start(b -> b.outboundQueueLimit(1).outboundBackpressure(true));
        receiver.hold();
        http.call(ONE_TAG);
        awaitTrue(() -> receiver.arrived() == 1);

        CompletableFuture<?> call = CompletableFuture.runAsync(() -> http.call(TWO_TAGS_AND_A_LIST));
        Thread.sleep(300);
        assertThat(call).as("the call waits while its events find no room").isNotDone();

        receiver.open();
        call.get(10, TimeUnit.SECONDS);
        assertThat(sim.outbound().awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(receiver.received("/events")).hasSize(4);
        assertThat(sim.outbound().dropped()).isZero();
    }

    @Test
    void withAConcurrencyOfTwoTwoDeliveriesAreUnderWayAtOnce() throws Exception {
        KartraHttp http = start(b -> b.outboundConcurrency(2));
        receiver.hold();
        http.call(TWO_TAGS_AND_A_LIST);

        awaitTrue(() -> receiver.arrived() == 2);
        Thread.sleep(100);
        assertThat(receiver.arrived()).as("the third waits for one of the two").isEqualTo(2);
        receiver.open();
        assertThat(sim.outbound().awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(receiver.received("/events")).hasSize(3);
    }

    @Test
    void oneDeliveryAtATimeByDefault() throws Exception {
        KartraHttp http = start(UnaryOperator.identity());
        receiver.hold();
        http.call(TWO_TAGS_AND_A_LIST);

        awaitTrue(() -> receiver.arrived() == 1);
        Thread.sleep(100);
        assertThat(receiver.arrived()).isEqualTo(1);
        receiver.open();
        assertThat(sim.outbound().awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(receiver.received("/events")).extracting(r -> KartraHttp.parse(r.body()).path("action").asText())
                .containsExactly("assign_tag", "assign_tag", "list_subscription");
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("in time").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
