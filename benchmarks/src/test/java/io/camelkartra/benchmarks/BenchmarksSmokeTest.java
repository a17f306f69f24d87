package io.camelkartra.benchmarks;

import io.camelkartra.model.Lead;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each benchmark does what it claims, once, outside JMH; nothing is timed. The calls per lead the sync benchmark
 * reports are asserted here from the simulator's call log, including the target of one call for a new lead with tags
 * and lists.
 */
class BenchmarksSmokeTest {

    private static BenchmarkEnvironment environment;

    @BeforeAll
    static void start() throws Exception {
        environment = new BenchmarkEnvironment(0, 0);
    }

    @AfterAll
    static void stop() throws Exception {
        environment.close();
    }

    @Test
    void theFourWaysReadTheSameLeadAndEachCreateIsOneCall() throws Exception {
        Lead read = environment.componentGetLead(BenchmarkEnvironment.EXISTING_LEAD);
        assertThat(environment.httpRouteGetLead(BenchmarkEnvironment.EXISTING_LEAD)).isEqualTo(read.getId());
        assertThat(environment.processorsGetLead(BenchmarkEnvironment.EXISTING_LEAD)).usingRecursiveComparison().isEqualTo(read);
        assertThat(environment.jdkGetLead(BenchmarkEnvironment.EXISTING_LEAD)).isEqualTo(read.getId());

        String[] emails = {"smoke-component@example.com", "smoke-http@example.com", "smoke-processors@example.com",
                "smoke-jdk@example.com"};
        long before = environment.simulator().calls().total();
        assertThat(environment.componentCreateLead(emails[0])).isNotBlank();
        assertThat(environment.httpRouteCreateLead(emails[1])).isNotBlank();
        assertThat(environment.processorsCreateLead(emails[2])).isNotBlank();
        assertThat(environment.jdkCreateLead(emails[3])).isNotBlank();
        assertThat(environment.simulator().calls().total() - before).isEqualTo(4);
        for (String email : emails) {
            assertThat(environment.simulator().state().account("DemoUser").lead(email).orElseThrow())
                    .satisfies(lead -> assertThat(lead.tags()).containsAll(SyncScenario.TAGS))
                    .satisfies(lead -> assertThat(lead.lists()).contains(SyncScenario.LIST));
        }
    }

    @Test
    void theMeteredCallsAreTheSameCallsAndAreMeasured() throws Exception {
        try (MeteredCalls metered = new MeteredCalls(environment.simulator())) {
            String id = environment.componentGetLead(BenchmarkEnvironment.EXISTING_LEAD).getId();
            assertThat(metered.getLead(BenchmarkEnvironment.EXISTING_LEAD).getId()).isEqualTo(id);
            assertThat(metered.createLead("smoke-metered@example.com")).isNotBlank();
            assertThat(metered.callsMeasured()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @CsvSource({"naive, 4, 5", "chained, 1, 2", "upsertCreateFirst, 1, 2", "upsertEditFirst, 2, 1"})
    void callsPerLead(SyncScenario scenario, long newLeadCalls, long existingLeadCalls) {
        String fresh = "smoke-" + scenario + "@example.com";
        String existing = "smoke-existing-" + scenario + "@example.com";
        environment.simulator().state().account("DemoUser").addLead(existing);

        assertThat(callsToSync(scenario, fresh)).isEqualTo(newLeadCalls);
        assertThat(callsToSync(scenario, existing)).isEqualTo(existingLeadCalls);
        for (String email : new String[] {fresh, existing}) {
            assertThat(environment.simulator().state().account("DemoUser").lead(email).orElseThrow())
                    .satisfies(lead -> assertThat(lead.tags()).containsAll(SyncScenario.TAGS))
                    .satisfies(lead -> assertThat(lead.lists()).contains(SyncScenario.LIST));
        }
    }

    @Test
    void codecBenchmarkEncodesAndParsesTheTwentyFieldLead() throws Exception {
        CodecBenchmark codec = new CodecBenchmark();
        codec.prepare();
        try {
            assertThat(codec.encodeCreateLead()).contains("field_20").contains("actions%5B3%5D%5Bcmd%5D=subscribe_lead_to_list");
            assertThat(codec.parseGetLeadReply()).isInstanceOf(Lead.class);
            assertThat(codec.jacksonTreeGetLeadReply().path("lead_details").path("custom_fields").size()).isEqualTo(20);
        } finally {
            codec.stop();
        }
    }

    private static long callsToSync(SyncScenario scenario, String email) {
        long before = environment.simulator().calls().total();
        scenario.sync(environment.template(), email);
        return environment.simulator().calls().total() - before;
    }
}
