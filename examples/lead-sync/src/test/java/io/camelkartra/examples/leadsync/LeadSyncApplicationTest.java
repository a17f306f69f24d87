package io.camelkartra.examples.leadsync;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import io.camelkartra.KartraRedeliveryRouteConfiguration;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.FaultPlan;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runs the lead sync end to end against the embedded simulator, as {@code java -jar lead-sync.jar} does without
 * credentials, and checks that every row of leads.csv is accounted for. The client-side and the simulator's rate
 * limits are turned off (rate-limit=0) to keep the test to seconds; the sync itself is the same.
 */
class LeadSyncApplicationTest {

    private static final Map<String, String> NO_CREDENTIALS = Map.of();

    @TempDir
    Path output;

    @Test
    void syncsEveryRowAndAccountsForEachOne() throws Exception {
        AtomicReference<KartraSimulator> kartra = new AtomicReference<>();
        SyncSummary summary = LeadSyncApplication.run(NO_CREDENTIALS, fast(), kartra::set);

        assertThat(summary.rows()).isEqualTo(300);
        assertThat(summary.accountedFor()).isEqualTo(300);
        assertThat(summary.synced()).containsExactlyInAnyOrderEntriesOf(Map.of("created", 274, "updated", 2));
        assertThat(summary.deadLetters()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "invalid email", 6,
                "Tag does not exist (212)", 5,
                "List does not exist (231)", 4,
                "Lead is deleted (245)", 1));
        assertThat(summary.duplicates()).isEqualTo(8);
        assertThat(summary.notSent()).isZero();
        assertThat(summary.redeliveries()).isZero();
        assertThat(summary.alert()).isNull();
        assertThat(summary.failure()).isNull();
        assertThat(summary.exitCode()).isZero();
        // upsert createFirst: one call per new lead, two for an existing one (create_lead answers 244, then edit_lead)
        assertThat(summary.calls()).isEqualTo(kartra.get().calls().total()).isGreaterThanOrEqualTo(274 + 2 * 2 + 10);
        assertThat(kartra.get().state().account("DemoUser").lead("john.smith@example.com").orElseThrow().tags())
                .contains("VIP Customer", "Webinar Attendee");
        assertThat(kartra.get().state().account("DemoUser").leadCount()).isEqualTo(2 + 274 + 9);

        List<CSVRecord> deadLetters = deadLetters(summary.deadLetterFile());
        assertThat(deadLetters).hasSize(16);
        List<String> csv = Files.readAllLines(Path.of("src/main/resources/leads.csv"));
        for (CSVRecord letter : deadLetters) {
            int line = Integer.parseInt(letter.get("line"));
            assertThat(letter.get("original_row")).as("line %d as in leads.csv", line).isEqualTo(csv.get(line - 1));
            assertThat(letter.get("error")).isNotBlank();
        }
        assertThat(deadLetters).anySatisfy(letter -> {
            assertThat(letter.get("reason")).isEqualTo("Tag does not exist (212)");
            assertThat(letter.get("original_row")).contains("Platinum Member");
            assertThat(letter.get("error")).contains("212").contains("assign_tag");
        });
        assertThat(deadLetters).anySatisfy(letter -> {
            assertThat(letter.get("reason")).isEqualTo("invalid email");
            assertThat(letter.get("original_row")).startsWith("not-an-email,");
        });
        assertThat(deadLetters).anySatisfy(letter -> {
            assertThat(letter.get("reason")).isEqualTo("Lead is deleted (245)");
            assertThat(letter.get("original_row")).startsWith("deleted.lead@example.com,");
        });

        // every event the sync caused reached the log: each new tag and list of each lead that was synced
        assertThat(summary.events()).containsKeys("assign_tag", "list_subscription");
        assertThat(summary.eventsNotLogged()).isEqualTo(new SyncSummary.EventsNotLogged(0, 0));
        assertThat(Files.readAllLines(summary.eventLog())).hasSize(summary.eventCount())
                .allSatisfy(line -> assertThat(line).startsWith("{").contains("\"action\""));
    }

    @Test
    void redeliversTransientFailuresAndLosesNothing() throws Exception {
        AtomicReference<KartraSimulator> kartra = new AtomicReference<>();
        // 429 bursts, 5xx and connection resets, some after Kartra applied the call: redelivered after 10 ms, 20 ms, ...
        SyncSummary summary = LeadSyncApplication.run(NO_CREDENTIALS, fast(), simulator -> {
            simulator.faults().configure(FaultPlan.builder().serverErrors(0.05).bursts429(0.02, 3).resets(0.03).seed(7L).build());
            kartra.set(simulator);
        });

        assertThat(summary.redeliveries()).isPositive();
        assertThat(summary.calls()).isEqualTo(kartra.get().calls().total());
        assertThat(kartra.get().state().account("DemoUser").leadCount()).isEqualTo(2 + 274 + 9);
        assertThat(summary.accountedFor()).isEqualTo(300);
        assertThat(summary.syncedCount()).isEqualTo(276);
        assertThat(summary.deadLetterCount()).isEqualTo(16);
        assertThat(summary.duplicates()).isEqualTo(8);
    }

    @Test
    void refusedCredentialsStopTheSyncWithAnAlert() throws Exception {
        Properties settings = fast();
        settings.setProperty("camel.component.kartra.api-password", "wrong-password");
        SyncSummary summary = LeadSyncApplication.run(NO_CREDENTIALS, settings);

        assertThat(summary.alert()).contains("233");
        assertThat(summary.syncedCount()).isZero();
        assertThat(summary.notSent()).isEqualTo(300);   // the refused row included
        assertThat(summary.deadLetterCount()).isZero();
        assertThat(summary.accountedFor()).isEqualTo(300);
        // the rows already in flight when the refusal came back were sent too, no more
        assertThat(summary.calls()).isBetween(1L, 10L);
        assertThat(summary.exitCode()).isEqualTo(1);
    }

    @Test
    void theJavaDslRoutesDoTheSame() throws Exception {
        Properties settings = fast();
        settings.setProperty("camel.main.routes-include-pattern", "classpath:routes/events.camel.yaml");
        settings.setProperty("camel.main.routes-builder-classes",
                KartraRedeliveryRouteConfiguration.class.getName() + "," + LeadSyncJavaDslRoutes.class.getName());
        SyncSummary summary = LeadSyncApplication.run(NO_CREDENTIALS, settings);

        assertThat(summary.accountedFor()).isEqualTo(300);
        assertThat(summary.synced()).containsExactlyInAnyOrderEntriesOf(Map.of("created", 274, "updated", 2));
        assertThat(summary.deadLetterCount()).isEqualTo(16);
        assertThat(summary.duplicates()).isEqualTo(8);
        assertThat(deadLetters(summary.deadLetterFile())).hasSize(16);
    }

    @Test
    void someCredentialsButNotAllAreAnError() {
        assertThatThrownBy(() -> LeadSyncApplication.run(Map.of("KARTRA_APP_ID", "app", "KARTRA_API_KEY", "key"), fast()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing: KARTRA_API_PASSWORD")
                .hasMessageNotContaining("key,");
    }

    private Properties fast() {
        Properties settings = new Properties();
        settings.setProperty("leadsync.output-dir", output.toString());
        settings.setProperty("camel.component.kartra.rate-limit", "0");
        settings.setProperty("kartra.redelivery.redelivery-delay", "10ms");
        settings.setProperty("leadsync.event-wait", "10s");
        return settings;
    }

    private static List<CSVRecord> deadLetters(Path file) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(file))).getRecords();
    }
}
