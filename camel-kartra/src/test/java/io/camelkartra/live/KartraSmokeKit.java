package io.camelkartra.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.camelkartra.KartraComponent;
import io.camelkartra.KartraConstants;
import io.camelkartra.model.CustomFieldDefinition;
import io.camelkartra.model.Lead;
import io.camelkartra.model.LeadList;
import io.camelkartra.model.LeadSequence;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The smoke kit: the component against one Kartra account, read-only calls first (account tags, lists, sequences,
 * custom fields, the test lead), then, on the lead the user names, a write and its undo per kind (tag, list,
 * sequence, points), each read back with get_lead; the lead ends as it began. A write is only tried with an account
 * tag, list or sequence the lead does not have, so that undoing it restores the lead. At the end it prints the shapes
 * the account's replies had ({@link ReplyShapeReport}), for the user to send back.
 * <p>
 * {@code KartraLiveIT} runs it against a real account; {@code KartraSmokeKitSimulatorTest} against the simulator, to
 * keep the kit itself working.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class KartraSmokeKit {

    private static final int POINTS = 3;

    private CamelContext context;
    private ProducerTemplate template;
    private LiveAccount account;
    private ReplyShapeReport shapes;
    private List<String> tags = List.of();
    private List<String> lists = List.of();
    private List<String> sequences = List.of();

    /** The account to run against. */
    protected abstract LiveAccount account();

    @BeforeAll
    void start() throws Exception {
        account = account();
        shapes = new ReplyShapeReport(account);
        context = new DefaultCamelContext();
        KartraComponent kartra = new KartraComponent();
        kartra.getConfiguration().setBaseUrl(account.baseUrl());
        kartra.getConfiguration().setAllowPlainHttp(account.baseUrl().startsWith("http:"));
        kartra.getConfiguration().setAppId(account.appId());
        kartra.getConfiguration().setApiKey(account.apiKey());
        kartra.getConfiguration().setApiPassword(account.apiPassword());
        // the kit's own reads decide what it writes; the inventory's extra calls would only spend the rate budget
        kartra.getConfiguration().setInventory(false);
        context.addComponent("kartra", kartra);
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterAll
    void stop() throws Exception {
        if (context != null) {
            context.close();
        }
        if (shapes != null) {
            System.out.println(shapes.summary());
        }
    }

    @Test
    @Order(1)
    void readsTheAccountTagsListsSequencesAndCustomFields() {
        tags = names(call("kartra:retrieveAccountTags", Map.of()));
        lists = names(call("kartra:retrieveAccountLists", Map.of()));
        sequences = names(call("kartra:retrieveAccountSequences", Map.of()));
        List<?> fields = call("kartra:retrieveCustomFields", Map.of()).getMessage().getBody(List.class);

        assertThat(fields).allSatisfy(field -> assertThat(((CustomFieldDefinition) field).getFieldIdentifier()).isNotBlank());
        assertThat(tags).doesNotContainNull();
        shapes.record("retrieve_account_tags", "actions[0][cmd]=retrieve_account_tags");
    }

    @Test
    @Order(2)
    void readsTheTestLead() {
        Lead lead = lead();

        assertThat(lead.getEmail()).isEqualToIgnoringCase(leadEmail());
        assertThat(lead.getId()).isNotBlank();
        shapes.record("get_lead", "get_lead[email]=" + ReplyShapeReport.encode(leadEmail()));
        shapes.record("retrieve_transactions_from_lead",
                "lead[email]=" + ReplyShapeReport.encode(leadEmail()) + "&actions[0][cmd]=retrieve_transactions_from_lead");
    }

    @Test
    @Order(3)
    void tagsAndUntagsTheLead() {
        String tag = unused(tags, lead().getTagNames(), "tag");

        call("kartra:assignTag", Map.of(KartraConstants.TAG_NAME, tag));
        assertThat(lead().getTagNames()).contains(tag);
        call("kartra:unassignTag", Map.of(KartraConstants.TAG_NAME, tag));
        assertThat(lead().getTagNames()).doesNotContain(tag);
    }

    @Test
    @Order(4)
    void subscribesAndUnsubscribesTheLeadToAList() {
        String list = unused(lists, activeLists(lead()), "list");

        call("kartra:subscribeLeadToList", Map.of(KartraConstants.LIST_NAME, list));
        assertThat(activeLists(lead())).contains(list);
        call("kartra:unsubscribeLeadFromList", Map.of(KartraConstants.LIST_NAME, list));
        assertThat(activeLists(lead())).doesNotContain(list);
    }

    @Test
    @Order(5)
    void subscribesAndUnsubscribesTheLeadToASequence() {
        String sequence = unused(sequences, activeSequences(lead()), "sequence");

        call("kartra:subscribeLeadToSequenceAtStep", Map.of(KartraConstants.SEQUENCE_NAME, sequence, KartraConstants.STEP, "1"));
        assertThat(activeSequences(lead())).contains(sequence);
        call("kartra:unsubscribeLeadFromSequence", Map.of(KartraConstants.SEQUENCE_NAME, sequence));
        assertThat(activeSequences(lead())).doesNotContain(sequence);
    }

    @Test
    @Order(6)
    void givesPointsAndTakesThemBack() {
        int before = score(lead());

        call("kartra:givePointsToLead", Map.of(KartraConstants.POINTS, POINTS));
        assertThat(score(lead())).isEqualTo(before + POINTS);
        call("kartra:removePointsFromLead", Map.of(KartraConstants.POINTS, POINTS));
        assertThat(score(lead())).isEqualTo(before);
    }

    private String leadEmail() {
        Assumptions.assumeTrue(account.leadEmail() != null, "no test lead: set KARTRA_TEST_LEAD_EMAIL to a lead of the account");
        return account.leadEmail();
    }

    private Lead lead() {
        return call("kartra:getLead", Map.of()).getMessage().getBody(Lead.class);
    }

    /** Sends to the endpoint for the test lead (when there is one); the exchange must succeed. */
    private Exchange call(String uri, Map<String, Object> headers) {
        Exchange exchange = template.request(uri, e -> {
            e.getMessage().setHeaders(new java.util.HashMap<>(headers));
            if (account.leadEmail() != null) {
                e.getMessage().setHeader(KartraConstants.LEAD_EMAIL, account.leadEmail());
            }
        });
        assertThat(exchange.getException()).as(uri).isNull();
        return exchange;
    }

    private static List<String> names(Exchange exchange) {
        List<String> names = new ArrayList<>();
        exchange.getMessage().getBody(List.class).forEach(name -> names.add((String) name));
        return names;
    }

    /** An account name the lead does not have yet, so that undoing the write restores the lead. */
    private String unused(List<String> names, List<String> leadHas, String kind) {
        leadEmail();
        Optional<String> free = names.stream().filter(name -> leadHas.stream().noneMatch(name::equalsIgnoreCase)).findFirst();
        Assumptions.assumeTrue(free.isPresent(), "no " + kind + " of the account that the test lead does not already have");
        return free.get();
    }

    private static List<String> activeLists(Lead lead) {
        return lead.getLists() == null ? List.of()
                : lead.getLists().stream().filter(list -> !"0".equals(list.getActive())).map(LeadList::getListName).toList();
    }

    private static List<String> activeSequences(Lead lead) {
        return lead.getSequences() == null ? List.of()
                : lead.getSequences().stream().filter(s -> s.getStatus() == null || "active".equalsIgnoreCase(s.getStatus()))
                        .map(LeadSequence::getSequenceName).toList();
    }

    private static int score(Lead lead) {
        return lead.getScore() == null ? 0 : lead.getScore();
    }
}
