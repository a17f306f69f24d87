package io.camelkartra.simulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelkartra.simulator.Outcome;
import org.junit.jupiter.api.Test;

/** Calls with several actions (§4): one element per action in order, failures in the middle. */
class ChainTest extends ConformanceTest {

    private static final String JOHN = "lead[email]=john.smith%40example.com";

    @Test
    void createLeadChainAppliesEveryAction() {
        JsonNode reply = call("lead[email]=new.lead%40example.com&lead[first_name]=New&actions[0][cmd]=create_lead"
                + "&actions[1][cmd]=assign_tag&actions[1][tag_name]=VIP+Customer"
                + "&actions[2][cmd]=subscribe_lead_to_list&actions[2][list_name]=Newsletter");
        assertThat(reply.path("status").asText()).isEqualTo("Success");
        assertThat(reply.has("message")).isFalse();
        assertThat(reply.path("actions")).hasSize(3);
        assertThat(action(reply, 0, "create_lead").path("lead_details").path("id").asText()).isNotEmpty();
        assertThat(action(reply, 1, "assign_tag").path("type").asText()).isEqualTo("103");
        assertThat(action(reply, 2, "subscribe_lead_to_list").path("type").asText()).isEqualTo("101");
        assertThat(demo().lead("new.lead@example.com").orElseThrow().tags()).containsExactly("VIP Customer");
    }

    @Test
    void aFailingMiddleActionDoesNotStopTheOthers() {
        JsonNode reply = call(JOHN + "&actions[0][cmd]=assign_tag&actions[0][tag_name]=Lead+Magnet"
                + "&actions[1][cmd]=assign_tag&actions[1][tag_name]=Nope"
                + "&actions[2][cmd]=give_points_to_lead&actions[2][points]=5");
        assertThat(reply.path("status").asText()).isEqualTo("Success");
        assertThat(action(reply, 1, "assign_tag").toString())
                .isEqualTo("{\"status\":\"Error\",\"message\":\"Tag does not exist\",\"type\":\"212\"}");
        assertThat(action(reply, 2, "give_points_to_lead").path("status").asText()).isEqualTo("Success");
        assertThat(john().score()).isEqualTo(30);
        assertThat(sim().calls().countErrors("assign_tag", 212)).isEqualTo(1);
        assertThat(sim().calls().count("assign_tag", Outcome.SUCCESS)).isEqualTo(1);
    }

    @Test
    void stopOnActionFailureLeavesTheRestOut() {
        sim().settings().stopOnActionFailure(true);
        JsonNode reply = call(JOHN + "&actions[0][cmd]=assign_tag&actions[0][tag_name]=Lead+Magnet"
                + "&actions[1][cmd]=assign_tag&actions[1][tag_name]=Nope"
                + "&actions[2][cmd]=give_points_to_lead&actions[2][points]=5");
        assertThat(reply.path("actions")).hasSize(2);
        assertThat(john().score()).isEqualTo(25);
        assertThat(sim().calls().countResult("give_points_to_lead", Outcome.NOT_RUN)).isEqualTo(1);
    }

    @Test
    void actionsAfterAFailedCreateHaveNoLead() {
        JsonNode reply = call("lead[email]=x%40example.com&lead[custom_fields]=bad&actions[0][cmd]=create_lead"
                + "&actions[1][cmd]=assign_tag&actions[1][tag_name]=VIP+Customer");
        assertThat(action(reply, 0, "create_lead").path("type").asText()).isEqualTo("271");
        assertThat(action(reply, 1, "assign_tag").path("type").asText()).isEqualTo("243");
        assertThat(demo().lead("x@example.com")).isEmpty();
    }

    @Test
    void createLeadLaterInTheChainMeetsTheExistingLead() {
        JsonNode reply = call(JOHN + "&actions[0][cmd]=assign_tag&actions[0][tag_name]=Lead+Magnet&actions[1][cmd]=create_lead");
        assertThat(action(reply, 1, "create_lead").path("type").asText()).isEqualTo("244");
        assertThat(john().tags()).contains("Lead Magnet");
    }

    @Test
    void createLeadLaterInTheChainLooksTheNewLeadUpAndAnswers234() {
        JsonNode reply = call("lead[email]=new.lead%40example.com&actions[0][cmd]=assign_tag&actions[0][tag_name]=VIP+Customer"
                + "&actions[1][cmd]=create_lead");
        assertFlatError(reply, 234, "No lead found");
        assertThat(demo().lead("new.lead@example.com")).isEmpty();
    }

    @Test
    void tagIdIsSilentlyIgnoredOnlyTheNameTakesEffect() {
        assertSingleSuccess(call(JOHN + "&actions[0][cmd]=assign_tag&actions[0][tag_name]=Lead+Magnet&actions[0][tag_id]=1"),
                "assign_tag", 103, "Tag added to lead");
        assertFlatError(call(JOHN + "&actions[0][cmd]=assign_tag&actions[0][tag_id]=1"), 211, "Tag cannot be empty");
        assertThat(john().tags()).contains("Lead Magnet");
    }

    @Test
    void accountListsGoToTheTopLevelToo() {
        JsonNode reply = call("actions[0][cmd]=retrieve_account_tags&actions[1][cmd]=retrieve_account_lists"
                + "&actions[2][cmd]=retrieve_account_sequences");
        assertThat(reply.path("account_tags")).hasSize(4);
        assertThat(reply.path("account_lists")).hasSize(3);
        assertThat(reply.path("account_sequences")).hasSize(2);
        assertThat(reply.path("actions")).hasSize(3);
    }

    @Test
    void aLeadIsNeededWhenAnyActionIsLeadScoped() {
        assertFlatError(call("lead[email]=nobody%40example.com&actions[0][cmd]=retrieve_account_tags"
                + "&actions[1][cmd]=assign_tag&actions[1][tag_name]=VIP+Customer"), 243, "No lead found");
        assertThat(call("lead[email]=nobody%40example.com&actions[0][cmd]=retrieve_account_tags").path("status").asText())
                .isEqualTo("Success");
    }

    @Test
    void idWinsOverEmail() {
        call("lead[id]=1002&lead[email]=john.smith%40example.com&actions[0][cmd]=assign_tag&actions[0][tag_name]=Lead+Magnet");
        assertThat(demo().lead("jane.doe@example.com").orElseThrow().tags()).contains("Lead Magnet");
        assertThat(john().tags()).doesNotContain("Lead Magnet");
    }
}
