package io.camelkartra.simulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelkartra.simulator.support.MutableClock;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.support.KartraHttp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Tags, lists, sequences and scoring (§2.3–§2.6): every success shape and every error. */
class TagListSequenceScoringTest extends ConformanceTest {

    private static final String JOHN = "lead[email]=john.smith%40example.com&";

    @Test
    void assignAndUnassignTag() {
        assertSingleSuccess(call(JOHN + "actions[0][cmd]=assign_tag&actions[0][tag_name]=Lead+Magnet"),
                "assign_tag", 103, "Tag added to lead");
        assertSingleSuccess(call(JOHN + "actions[0][cmd]=assign_tag&actions[0][tag_name]=lead+magnet"),
                "assign_tag", 103, "Tag added to lead");
        assertThat(john().tags()).containsExactly("VIP Customer", "Lead Magnet");
        assertThat(john().journal("assign_tag")).extracting(e -> e.changed()).containsExactly(true, false);

        assertSingleSuccess(call(JOHN + "actions[0][cmd]=unassign_tag&actions[0][tag_name]=VIP+Customer"),
                "unassign_tag", 104, "Tag removed from lead");
        assertSingleSuccess(call(JOHN + "actions[0][cmd]=unassign_tag&actions[0][tag_name]=Webinar+Attendee"),
                "unassign_tag", 104, "Tag removed from lead");
        assertThat(john().tags()).containsExactly("Lead Magnet");
    }

    @Test
    void tagErrors() {
        assertFlatError(call(JOHN + "actions[0][cmd]=assign_tag"), 211, "Tag cannot be empty");
        assertFlatError(call(JOHN + "actions[0][cmd]=assign_tag&actions[0][tag_name]="), 211, "Tag cannot be empty");
        assertFlatError(call(JOHN + "actions[0][cmd]=assign_tag&actions[0][tag_name]=Nope"), 212, "Tag does not exist");
        assertFlatError(call(JOHN + "actions[0][cmd]=assign_tag&actions[0][tag_name][]=VIP+Customer"), 212, "Tag does not exist");
        assertFlatError(call(JOHN + "actions[0][cmd]=assign_tag&actions[0][tag]=VIP+Customer"), 211, "Tag cannot be empty");
        assertFlatError(call(JOHN + "actions[0][cmd]=unassign_tag"), 213, "Tag cannot be empty");
        assertFlatError(call(JOHN + "actions[0][cmd]=unassign_tag&actions[0][tag_name]=Nope"), 214, "Tag does not exist");
    }

    @Test
    void retrieveAccountTagsAtTopLevelAndInTheAction() {
        JsonNode reply = call("actions[0][cmd]=retrieve_account_tags");
        String tags = "[\"VIP Customer\",\"Newsletter Reader\",\"Webinar Attendee\",\"Lead Magnet\"]";
        assertThat(reply.path("account_tags").toString()).isEqualTo(tags);
        assertThat(action(reply, 0, "retrieve_account_tags").path("account_tags").toString()).isEqualTo(tags);
        assertThat(reply.has("type")).isFalse();
    }

    @Test
    void listsSubscribeAndUnsubscribeByName() {
        assertSingleSuccess(call(JOHN + "actions[0][cmd]=subscribe_lead_to_list&actions[0][list_name]=Webinar&actions[0][list_id]=99"),
                "subscribe_lead_to_list", 101, "Lead subscribed to list");
        assertSingleSuccess(call(JOHN + "actions[0][cmd]=unsubscribe_lead_from_list&actions[0][list_name]=Newsletter"),
                "unsubscribe_lead_from_list", 101, "Lead unsubscribed from list");
        assertSingleSuccess(call(JOHN + "actions[0][cmd]=unsubscribe_lead_from_list&actions[0][list_name]=Product+Updates"),
                "unsubscribe_lead_from_list", 101, "Lead unsubscribed from list");
        assertThat(john().lists()).containsExactly("Webinar");
        JsonNode lists = call("get_lead[email]=john.smith%40example.com").path("lead_details").path("lists");
        assertThat(lists.get(0).path("active").asText()).isEqualTo("0");
        assertThat(lists.get(1).path("list_name").asText()).isEqualTo("Webinar");
    }

    @Test
    void listErrorsAndRetrieve() {
        assertFlatError(call(JOHN + "actions[0][cmd]=subscribe_lead_to_list&actions[0][list_id]=5"), 207, "List cannot be empty");
        assertFlatError(call(JOHN + "actions[0][cmd]=subscribe_lead_to_list&actions[0][list_name]=Nope"), 231, "List does not exist");
        assertFlatError(call(JOHN + "actions[0][cmd]=unsubscribe_lead_from_list"), 208, "List cannot be empty");
        assertFlatError(call(JOHN + "actions[0][cmd]=unsubscribe_lead_from_list&actions[0][list_name]=Nope"), 209, "List does not exist");
        assertThat(call("actions[0][cmd]=retrieve_account_lists").path("account_lists").toString())
                .isEqualTo("[\"Newsletter\",\"Product Updates\",\"Webinar\"]");
    }

    @Test
    void sequencesAtAStep() {
        assertSingleSuccess(call(JOHN + "actions[0][cmd]=subscribe_lead_to_sequence_at_step&actions[0][sequence_name]=Onboarding"
                + "&actions[0][step]=3"), "subscribe_lead_to_sequence_at_step", 107, "Lead added to sequence");
        assertThat(john().sequences()).containsEntry("Onboarding", 3).containsEntry("Welcome Series", 2);
        assertSingleSuccess(call(JOHN + "actions[0][cmd]=unsubscribe_lead_from_sequence&actions[0][sequence_name]=Welcome+Series"),
                "unsubscribe_lead_from_sequence", 108, "Lead removed from sequence");
        assertThat(john().sequences()).containsOnlyKeys("Onboarding");
        assertThat(call("actions[0][cmd]=retrieve_account_sequences").path("account_sequences").toString())
                .isEqualTo("[\"Welcome Series\",\"Onboarding\"]");
    }

    @Test
    void sequenceErrorsInTheDocumentedOrder() {
        String subscribe = JOHN + "actions[0][cmd]=subscribe_lead_to_sequence_at_step";
        assertFlatError(call(subscribe + "&actions[0][step]=x"), 226, "Sequence cannot be empty");
        assertFlatError(call(subscribe + "&actions[0][sequence_name]=Nope"), 225, "Step cannot be empty");
        assertFlatError(call(subscribe + "&actions[0][sequence_name]=Nope&actions[0][step]=1.5"), 219, "Sequence does not exist");
        assertFlatError(call(subscribe + "&actions[0][sequence_name]=Onboarding&actions[0][step]=1.5"), 229, "Step has to be alphanumeric");
        assertFlatError(call(subscribe + "&actions[0][sequence_name]=Onboarding&actions[0][step]=4"), 230, "Step does not exist");
        assertFlatError(call(subscribe + "&actions[0][sequence_name]=Onboarding&actions[0][step]=1a"), 230, "Step does not exist");
        assertFlatError(call(JOHN + "actions[0][cmd]=unsubscribe_lead_from_sequence"), 226, "Sequence cannot be empty");
        assertFlatError(call(JOHN + "actions[0][cmd]=unsubscribe_lead_from_sequence&actions[0][sequence_name]=Nope"), 220,
                "Sequence does not exist");
    }

    @Test
    void pointsGivenAndRemoved() {
        assertSingleSuccess(call(JOHN + "actions[0][cmd]=give_points_to_lead&actions[0][points]=10"),
                "give_points_to_lead", 105, "Points added to lead");
        assertSingleSuccess(call(JOHN + "actions[0][cmd]=remove_points_from_lead&actions[0][points]=3"),
                "remove_points_from_lead", 106, "Points removed from lead");
        assertThat(john().score()).isEqualTo(32);
        assertThat(john().journal("give_points_to_lead")).hasSize(1);
    }

    @Test
    void pointErrors() {
        assertFlatError(call(JOHN + "actions[0][cmd]=give_points_to_lead"), 215, "Points cannot be empty");
        assertFlatError(call(JOHN + "actions[0][cmd]=give_points_to_lead&actions[0][points]=ten"), 227, "Points is not a number");
        assertFlatError(call(JOHN + "actions[0][cmd]=remove_points_from_lead"), 217, "Points cannot be empty");
        assertFlatError(call(JOHN + "actions[0][cmd]=remove_points_from_lead&actions[0][points]=1x"), 228, "Points is not a number");
        assertThat(john().score()).isEqualTo(25);
    }

    @Test
    void expiringPointsAreDeductedWhenTheyExpire() {
        MutableClock clock = new MutableClock(Instant.parse("2030-01-01T12:00:00Z"));
        try (KartraSimulator own = KartraSimulator.builder().httpPort(0).allowPlainHttp(true).clock(clock).build().start()) {
            KartraHttp http = KartraHttp.plain(own);
            http.call(JOHN + "actions[0][cmd]=give_points_to_lead&actions[0][points]=10&actions[0][expiration]=2");
            assertThat(own.state().account("DemoUser").lead("john.smith@example.com").orElseThrow().score()).isEqualTo(35);
            clock.advance(Duration.ofDays(2));
            assertThat(http.call("get_lead[email]=john.smith%40example.com").path("lead_details").path("score").asText())
                    .isEqualTo("25");
        }
    }
}
