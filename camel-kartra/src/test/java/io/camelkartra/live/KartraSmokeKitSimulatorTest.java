package io.camelkartra.live;

import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.SimulatorCredentials;
import io.camelkartra.simulator.state.LeadView;
import io.camelkartra.simulator.state.SimulatorState;
import org.junit.jupiter.api.AfterAll;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The smoke kit against the simulator, as a user would point it there with KARTRA_BASE_URL: keeps the kit working in
 * every build, and shows what a run prints. The simulator's demo lead lacks one of each kind of name, so every write
 * of the kit runs; afterwards the lead is as it was.
 */
class KartraSmokeKitSimulatorTest extends KartraSmokeKit {

    private static final String LEAD = "john.smith@example.com";

    private KartraSimulator simulator;
    private LeadView before;

    @Override
    protected LiveAccount account() {
        simulator = KartraSimulator.builder().httpPort(0).allowPlainHttp(true).build().start();
        before = lead();
        SimulatorCredentials demo = simulator.demoCredentials();
        return new LiveAccount(simulator.baseUrl(), demo.appId(), demo.apiKey(), demo.apiPassword(), LEAD);
    }

    @Override
    @AfterAll
    void stop() throws Exception {
        super.stop();
        LeadView after = lead();
        simulator.close();
        assertThat(after.tags()).isEqualTo(before.tags());
        assertThat(after.lists()).isEqualTo(before.lists());
        assertThat(after.sequences()).isEqualTo(before.sequences());
        assertThat(after.score()).isEqualTo(before.score());
        assertThat(after.journal()).extracting(entry -> entry.cmd()).contains("assign_tag", "unassign_tag", "subscribe_lead_to_list",
                "unsubscribe_lead_from_list", "subscribe_lead_to_sequence_at_step", "unsubscribe_lead_from_sequence",
                "give_points_to_lead", "remove_points_from_lead");
    }

    private LeadView lead() {
        return simulator.state().account(SimulatorState.DEMO_API_KEY).lead(LEAD).orElseThrow();
    }
}
