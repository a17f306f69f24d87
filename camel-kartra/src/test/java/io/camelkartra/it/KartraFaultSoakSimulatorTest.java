package io.camelkartra.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.camelkartra.KartraComponent;
import io.camelkartra.KartraConstants;
import io.camelkartra.KartraException;
import io.camelkartra.KartraValidationException;
import io.camelkartra.simulator.CallLog;
import io.camelkartra.simulator.FaultPlan;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.Outcome;
import io.camelkartra.simulator.Reply;
import io.camelkartra.simulator.state.Account;
import io.camelkartra.simulator.state.JournalEntry;
import io.camelkartra.simulator.state.LeadView;
import io.camelkartra.support.SimulatorKartra;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault soak: 2,000 leads, each with two tags and one list of the simulator's demo account, go through
 * {@code kartra:upsertLead} on 16 concurrent consumers, with Camel's redelivery deciding by {@code isRetryable()} and
 * a dead-letter channel keeping the original message, while the simulator injects about 10% faults of every kind
 * (5xx, HTML pages, resets and truncated replies before and after the command ran, 429 bursts) on top of latency. 20
 * more leads carry a drop-down option the account lacks, which Kartra refuses (271), so the dead-letter channel is
 * exercised too.
 * <p>
 * At the end every lead is in Kartra exactly once with all its tags and lists, or in the dead-letter channel with its
 * original body and the exception, never both; and the simulator's per-lead journal shows no action applied twice.
 * The counts are printed.
 */
class KartraFaultSoakSimulatorTest extends CamelTestSupport {

    private static final int LEADS = 2_000;
    private static final int REFUSED_LEADS = 20;
    private static final int CONSUMERS = 16;
    private static final int MAXIMUM_REDELIVERIES = 10;
    private static final List<String> TAGS = List.of("VIP Customer", "Newsletter Reader", "Webinar Attendee", "Lead Magnet");
    private static final List<String> LISTS = List.of("Newsletter", "Product Updates", "Webinar");
    /** Names the lead of a message, whatever its body has become. */
    private static final String SOAK_LEAD = "SoakLead";
    /** The simulator's demo leads that are not deleted. */
    private static final int DEMO_LEADS = 2;

    /** About 10% of the requests fail: 2.5% 5xx, 3% resets, 2% truncated, 1% HTML, ~1.6% 429 (bursts of 4). */
    private static final FaultPlan TEN_PERCENT_FAULTS = FaultPlan.builder()
            .latency(Duration.ofMillis(1)).jitter(Duration.ofMillis(4))
            .serverErrors(0.025)
            .resets(0.03)
            .truncatedJson(0.02)
            .htmlPages(0.01)
            .bursts429(0.004, 4)
            .afterShare(0.5)
            .seed(2026L)
            .build();

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension(
            () -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0));

    private final LongAdder redeliveries = new LongAdder();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        KartraComponent kartra = SimulatorKartra.component(context, KARTRA.simulator());
        kartra.setRateLimit(0);
        context.addComponent("kartra", kartra);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:dead").useOriginalMessage());

                onException(KartraException.class)
                        .retryWhile(simple("${exception.retryable} == true"
                                           + " && ${header.CamelRedeliveryCounter} <= " + MAXIMUM_REDELIVERIES))
                        .redeliveryDelay(5).useExponentialBackOff().maximumRedeliveryDelay(200)
                        .onRedelivery(exchange -> redeliveries.increment())
                        .useOriginalMessage();

                from("seda:leads?concurrentConsumers=" + CONSUMERS + "&size=" + (LEADS + REFUSED_LEADS)).routeId("soak")
                        .to("kartra:upsertLead")
                        .to("mock:synced");
            }
        };
    }

    @Test
    void everyLeadIsInKartraExactlyOnceOrDeadLetteredWithItsOriginalMessage() {
        KartraSimulator simulator = KARTRA.simulator();
        List<SoakLead> leads = leads();
        simulator.faults().configure(TEN_PERCENT_FAULTS);
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("soak").whenDone(leads.size()).create();

        for (SoakLead lead : leads) {
            template.sendBodyAndHeaders("seda:leads", lead.body(), Map.of(SOAK_LEAD, lead.email(),
                    KartraConstants.TAG_NAMES, String.join(",", lead.tags()), KartraConstants.LIST_NAMES, lead.list()));
        }

        assertThat(done.matches(50, TimeUnit.SECONDS)).as("all leads processed").isTrue();
        simulator.faults().clear();

        Map<String, Exchange> deadLettered = byLead(getMockEndpoint("mock:dead"));
        Map<String, Exchange> synced = byLead(getMockEndpoint("mock:synced"));
        Account account = simulator.state().account(simulator.demoCredentials().apiKey());
        int inKartra = 0;
        for (SoakLead lead : leads) {
            Optional<LeadView> stored = account.lead(lead.email());
            Exchange dead = deadLettered.get(lead.email());
            if (stored.isPresent()) {
                inKartra++;
                assertThat(dead).as("%s is in Kartra and in the dead-letter channel, after %s", lead.email(),
                        dead == null ? null : dead.getProperty(Exchange.EXCEPTION_CAUGHT)).isNull();
                assertThat(synced).as("%s reached the end of the route", lead.email()).containsKey(lead.email());
                assertAppliedOnce(lead, stored.get());
            } else {
                assertThat(dead).as("%s is lost: neither in Kartra nor dead-lettered", lead.email()).isNotNull();
                assertDeadLettered(lead, dead);
            }
        }
        assertThat(inKartra + deadLettered.size()).isEqualTo(leads.size());
        assertThat(getMockEndpoint("mock:dead").getReceivedCounter()).as("a lead dead-lettered twice").isEqualTo(deadLettered.size());
        assertThat(getMockEndpoint("mock:synced").getReceivedCounter()).as("a lead synced twice").isEqualTo(synced.size());
        assertThat(synced).hasSize(inKartra);
        assertThat(account.leadCount()).as("leads in Kartra").isEqualTo(DEMO_LEADS + inKartra);

        SoakCounts counts = SoakCounts.of(simulator.calls());
        assertThat(counts.faults()).as("faults injected").containsKeys(Reply.Kind.TOO_MANY_REQUESTS, Reply.Kind.SERVER_ERROR,
                Reply.Kind.RESET, Reply.Kind.TRUNCATED, Reply.Kind.HTML_PAGE);
        assertThat(counts.createsWithLostReply()).as("leads created whose reply was lost").isPositive();
        assertThat(simulator.calls().countErrors("create_lead", 244)).as("replayed creates answered 244").isPositive();
        assertThat(simulator.calls().countErrors("create_lead", 271)).as("refusals received, never redelivered")
                .isEqualTo(REFUSED_LEADS);

        System.out.printf("Fault soak: %d leads (%d refused by Kartra on purpose), %d consumers%n", leads.size(), REFUSED_LEADS,
                CONSUMERS);
        System.out.printf("  synced %d, dead-lettered %d, lost 0, duplicated 0%n", inKartra, deadLettered.size());
        System.out.printf("  HTTP calls %d, redeliveries %d, creates applied but reply lost %d%n", counts.calls(),
                redeliveries.sum(), counts.createsWithLostReply());
        System.out.printf("  faults injected %d: %s%n", counts.faults().values().stream().mapToLong(Long::longValue).sum(),
                counts.faults());
        System.out.printf("  actions per command: %s%n", counts.actionsPerCommand());
        System.out.printf("  outcomes: %s%n", simulator.calls().outcomeCounts());
    }

    private static List<SoakLead> leads() {
        List<SoakLead> leads = new ArrayList<>(LEADS + REFUSED_LEADS);
        for (int i = 0; i < LEADS; i++) {
            String email = String.format("soak-%04d@example.com", i);
            String body = "{\"email\":\"" + email + "\",\"first_name\":\"Soak\",\"last_name\":\"Lead " + i + "\","
                          + "\"custom_fields\":[{\"field_identifier\":\"plan_choice\",\"field_value\":\"602\"}]}";
            leads.add(new SoakLead(email, body, List.of(TAGS.get(i % 4), TAGS.get((i + 1) % 4)), LISTS.get(i % 3), false));
        }
        for (int i = 0; i < REFUSED_LEADS; i++) {
            String email = String.format("refused-%02d@example.com", i);
            // 999 is no option of plan_choice: Kartra refuses the lead (271) and changes nothing
            String body = "{\"email\":\"" + email + "\",\"first_name\":\"Refused\","
                          + "\"custom_fields\":[{\"field_identifier\":\"plan_choice\",\"field_value\":\"999\"}]}";
            leads.add(new SoakLead(email, body, List.of(TAGS.get(0), TAGS.get(1)), LISTS.get(0), true));
        }
        return leads;
    }

    /** The lead has its tags and list, was created once, and no action changed it twice. */
    private static void assertAppliedOnce(SoakLead lead, LeadView stored) {
        assertThat(lead.refused()).as("%s should have been refused", lead.email()).isFalse();
        assertThat(stored.deleted()).isFalse();
        assertThat(stored.tags()).as(lead.email()).containsExactlyInAnyOrderElementsOf(lead.tags());
        assertThat(stored.lists()).as(lead.email()).containsExactly(lead.list());
        assertThat(stored.customFieldValues()).as(lead.email()).containsEntry("plan_choice", "pro");
        assertThat(stored.journal("create_lead")).as("creates of %s", lead.email()).hasSize(1);
        Map<String, Long> changes = stored.journal().stream().filter(JournalEntry::changed)
                .collect(Collectors.groupingBy(e -> e.cmd() + " " + e.parameter(), Collectors.counting()));
        assertThat(changes).as("changes applied to %s", lead.email())
                .containsOnlyKeys(expectedChanges(lead))
                .allSatisfy((change, times) -> assertThat(times).as(change).isEqualTo(1L));
    }

    private static List<String> expectedChanges(SoakLead lead) {
        List<String> changes = new ArrayList<>();
        changes.add("create_lead " + lead.email());
        lead.tags().forEach(tag -> changes.add("assign_tag " + tag));
        changes.add("subscribe_lead_to_list " + lead.list());
        return changes;
    }

    /**
     * A lead that is not in Kartra reached the dead-letter channel with the message it was sent with and the reason: a
     * refused lead with Kartra's 271, any other only after its retries ran out, never because a fault was taken for
     * a permanent failure.
     */
    private static void assertDeadLettered(SoakLead lead, Exchange dead) {
        assertThat(dead.getMessage().getBody(String.class)).isEqualTo(lead.body());
        assertThat(dead.getMessage().getHeader(KartraConstants.TAG_NAMES)).isEqualTo(String.join(",", lead.tags()));
        Exception reason = dead.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        assertThat(reason).as("reason of %s", lead.email()).isInstanceOf(KartraException.class);
        if (lead.refused()) {
            assertThat(reason).isInstanceOf(KartraValidationException.class);
            assertThat(((KartraException) reason).getType()).isEqualTo(271);
        } else {
            assertThat(((KartraException) reason).isRetryable()).as("%s failed for good: %s", lead.email(), reason).isTrue();
        }
    }

    private static Map<String, Exchange> byLead(MockEndpoint endpoint) {
        return endpoint.getReceivedExchanges().stream()
                .collect(Collectors.toMap(e -> e.getMessage().getHeader(SOAK_LEAD, String.class), Function.identity(), (a, b) -> a,
                        HashMap::new));
    }

    private record SoakLead(String email, String body, List<String> tags, String list, boolean refused) {
    }

    /**
     * What the simulator's call log says about the soak: calls, the faults injected by kind (the soak makes fewer calls
     * than the log keeps), actions per command, and creates Kartra made whose success the client never learned.
     */
    private record SoakCounts(long calls, Map<Reply.Kind, Long> faults, Map<String, Long> actionsPerCommand,
            long createsWithLostReply) {

        static SoakCounts of(CallLog log) {
            Map<Reply.Kind, Long> faults = log.recorded().stream().flatMap(call -> call.injected().stream())
                    .collect(Collectors.groupingBy(Reply::kind, TreeMap::new, Collectors.counting()));
            Map<String, Long> actions = new TreeMap<>();
            log.outcomeCounts().keySet().forEach(cmd -> actions.put(cmd, log.count(cmd)));
            long lostReplies = log.countResult("create_lead", Outcome.SUCCESS) - log.count("create_lead", Outcome.SUCCESS);
            return new SoakCounts(log.total(), faults, actions, lostReplies);
        }
    }
}
