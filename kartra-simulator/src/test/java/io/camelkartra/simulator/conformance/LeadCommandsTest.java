package io.camelkartra.simulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelkartra.simulator.state.AppMode;
import io.camelkartra.simulator.state.LeadView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code create_lead}, {@code edit_lead}, {@code search_lead} and the top-level {@code get_lead}. */
class LeadCommandsTest extends ConformanceTest {

    @Test
    void createLeadAnswersItsIdAndStoresTheFields() {
        JsonNode reply = call("lead%5Bemail%5D=ann.lee%40example.com&lead%5Bfirst_name%5D=Ann&lead%5Blast_name%5D=Lee"
                + "&lead%5Bphone%5D=555&lead%5Bcountry%5D=Canada"
                + "&lead%5Bcustom_fields%5D%5B0%5D%5Bfield_identifier%5D=text1"
                + "&lead%5Bcustom_fields%5D%5B0%5D%5Bfield_value%5D=text+message"
                + "&lead%5Bcustom_fields%5D%5B1%5D%5Bfield_identifier%5D=interests"
                + "&lead%5Bcustom_fields%5D%5B1%5D%5Bfield_value%5D%5B0%5D=606"
                + "&lead%5Bcustom_fields%5D%5B1%5D%5Bfield_value%5D%5B1%5D=607"
                + "&lead%5Bcustom_fields%5D%5B2%5D%5Bfield_identifier%5D=gender"
                + "&lead%5Bcustom_fields%5D%5B2%5D%5Bfield_value%5D=605"
                + "&lead%5Bcustom_fields%5D%5B3%5D%5Bfield_identifier%5D=no_such_field"
                + "&lead%5Bcustom_fields%5D%5B3%5D%5Bfield_value%5D=ignored"
                + "&actions%5B0%5D%5Bcmd%5D=create_lead");

        JsonNode element = assertSingleSuccess(reply, "create_lead", 109, "Lead created");
        LeadView ann = demo().lead("ann.lee@example.com").orElseThrow();
        assertThat(element.path("lead_details").path("id").asText()).isEqualTo(Long.toString(ann.id()));
        assertThat(element.path("lead_details").path("id").isTextual()).isTrue();
        assertThat(ann.firstName()).isEqualTo("Ann");
        assertThat(ann.fields()).containsEntry("phone", "555").containsEntry("country", "Canada").containsEntry("source", "api");
        assertThat(ann.customFieldValues()).containsEntry("text1", "text message")
                .containsEntry("interests", List.of("sports", "music")).containsEntry("gender", "female")
                .doesNotContainKey("no_such_field");
        assertThat(ann.journal("create_lead")).hasSize(1);
    }

    @Test
    void malformedCustomFieldsAre271AndCreateNothing() {
        List<String> malformed = List.of(
                "lead[custom_fields]=text1",
                "lead[custom_fields][0]=text1",
                "lead[custom_fields][0][field_value]=x",
                "lead[custom_fields][0][field_identifier]=text1",
                "lead[custom_fields][0][field_identifier]=text1&lead[custom_fields][0][field_value][0]=x",
                "lead[custom_fields][0][field_identifier]=gender&lead[custom_fields][0][field_value]=606",
                "lead[custom_fields][0][field_identifier]=gender&lead[custom_fields][0][field_value]=male",
                "lead[custom_fields][0][field_identifier]=interests&lead[custom_fields][0][field_value][0]=999");
        for (String fields : malformed) {
            assertFlatError(call("lead[email]=bad%40example.com&" + fields + "&actions[0][cmd]=create_lead"), 271,
                    "Wrong custom field format");
        }
        assertThat(demo().lead("bad@example.com")).isEmpty();
    }

    @Test
    void testModeRewritesEmailsToKartraDotComAndFindsThemAgain() {
        sim().state().updateApp("SimulatorApp", a -> a.withMode(AppMode.TEST));
        assertThat(call("lead[email]=johnsmith%40gmail.com&actions[0][cmd]=create_lead")
                .path("actions").get(0).path("create_lead").path("lead_details").path("email").asText())
                .isEqualTo("johnsmith@kartra.com");
        assertThat(demo().lead("johnsmith@kartra.com")).isPresent();
        assertThat(demo().lead("johnsmith@gmail.com")).isEmpty();
        // Two test leads with the same local part collide.
        assertFlatError(call("lead[email]=johnsmith%40yahoo.com&actions[0][cmd]=create_lead"), 244, "Lead already exists");
        assertThat(call("lead[email]=johnsmith%40gmail.com&actions[0][cmd]=search_lead").path("status").asText())
                .isEqualTo("Success");
        // Leads that existed before are still found by their own email.
        assertThat(call("get_lead[email]=jane.doe%40example.com").path("lead_details").path("email").asText())
                .isEqualTo("jane.doe@example.com");
    }

    @Test
    void editLeadChangesOnlyWhatIsSent() {
        JsonNode reply = call("lead[email]=john.smith%40example.com&lead[last_name]=Smyth&lead[new_email]=js%40example.com"
                + "&lead[custom_fields][0][field_identifier]=text1&lead[custom_fields][0][field_value]="
                + "&lead[custom_fields][1][field_identifier]=plan_choice&lead[custom_fields][1][field_value]=603"
                + "&actions[0][cmd]=edit_lead");
        JsonNode element = assertSingleSuccess(reply, "edit_lead", 110, "Lead edited");
        assertThat(element.path("lead_details").path("email").asText()).isEqualTo("js@example.com");
        LeadView john = demo().lead("js@example.com").orElseThrow();
        assertThat(john.firstName()).isEqualTo("John");
        assertThat(john.lastName()).isEqualTo("Smyth");
        assertThat(john.fields()).containsEntry("city", "Springfield");
        assertThat(john.customFieldValues()).doesNotContainKey("text1").containsEntry("plan_choice", "enterprise");
        assertThat(demo().lead("john.smith@example.com")).isEmpty();
    }

    @Test
    void editLeadErrors() {
        assertFlatError(call("lead[email]=john.smith%40example.com&lead[new_email]=jane.doe%40example.com"
                + "&actions[0][cmd]=edit_lead"), 244, "Lead already exists");
        assertFlatError(call("lead[email]=john.smith%40example.com&lead[custom_fields][0][field_identifier]=support_notes"
                + "&lead[custom_fields][0][field_value][0]=x&actions[0][cmd]=edit_lead"), 271, "Wrong custom field format");
        assertFlatError(call("lead[email]=nobody%40example.com&actions[0][cmd]=edit_lead"), 243, "No lead found");
        assertFlatError(call("lead[email]=deleted.lead%40example.com&actions[0][cmd]=edit_lead"), 245, "Lead is deleted");
        assertThat(john().lastName()).isEqualTo("Smith");
    }

    @Test
    void searchLeadFindsByIdOverEmail() {
        JsonNode element = assertSingleSuccess(call("lead[id]=1002&lead[email]=john.smith%40example.com"
                + "&actions[0][cmd]=search_lead"), "search_lead", 111, "Lead found");
        assertThat(element.path("lead_details").path("email").asText()).isEqualTo("jane.doe@example.com");
        assertThat(element.path("lead_details").path("id").asText()).isEqualTo("1002");
    }

    @Test
    void getLeadReturnsTheFullProfile() {
        JsonNode reply = call("get_lead%5Bemail%5D=john.smith%40example.com");
        assertThat(reply.path("status").asText()).isEqualTo("Success");
        assertThat(reply.has("actions")).isFalse();
        JsonNode lead = reply.path("lead_details");
        assertThat(lead.path("id").asText()).isEqualTo("1001");
        assertThat(lead.path("first_name").asText()).isEqualTo("John");
        assertThat(lead.path("score").asText()).isEqualTo("25");
        assertThat(lead.path("date_joined").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(lead.path("tags").toString()).isEqualTo("[{\"tag_name\":\"VIP Customer\"}]");
        assertThat(lead.path("lists").get(0).path("list_name").asText()).isEqualTo("Newsletter");
        assertThat(lead.path("lists").get(0).path("active").asText()).isEqualTo("1");
        assertThat(lead.path("sequences").get(0).path("step").asText()).isEqualTo("2");
        assertThat(lead.path("memberships").get(0).path("level_name").asText()).isEqualTo("Gold");
        JsonNode customFields = lead.path("custom_fields");
        assertThat(customFields).hasSize(5);
        assertThat(customFields.get(0).toString())
                .isEqualTo("{\"field_id\":\"1\",\"field_identifier\":\"text1\",\"field_type\":\"input_field\",\"field_value\":\"hello\"}");
        assertThat(customFields.get(1).path("field_value").asText()).isEmpty();
        assertThat(customFields.get(4).path("field_value").toString()).isEqualTo(
                "[{\"option_id\":\"606\",\"option_value\":\"sports\"},{\"option_id\":\"608\",\"option_value\":\"travel\"}]");

        JsonNode jane = call("get_lead[email]=jane.doe%40example.com").path("lead_details");
        assertThat(jane.path("custom_fields")).hasSize(5);
        assertThat(jane.path("custom_fields").get(2).path("field_value").toString()).isEqualTo("[]");
    }

    @Test
    void getLeadByIdAndItsErrors() {
        assertThat(call("get_lead[id]=1002&get_lead[email]=john.smith%40example.com").path("lead_details").path("email")
                .asText()).isEqualTo("jane.doe@example.com");
        assertFlatError(call("get_lead[email]=nobody%40example.com"), 234, "No lead found");
        assertFlatError(call("get_lead[id]=77"), 234, "No lead found");
        assertFlatError(call("get_lead[email]=deleted.lead%40example.com"), 245, "Lead is deleted");
        assertFlatError(call("get_lead=john.smith%40example.com"), 236, "'get_lead' not an array");
        assertFlatError(call("get_lead[first_name]=John"), 206, "email or lead id is required. Nothing done");
    }
}
