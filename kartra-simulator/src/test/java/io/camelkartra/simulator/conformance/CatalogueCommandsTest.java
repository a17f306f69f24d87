package io.camelkartra.simulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelkartra.simulator.state.CustomFieldType;
import org.junit.jupiter.api.Test;

/** Custom fields (§2.7) and pages (§2.8). */
class CatalogueCommandsTest extends ConformanceTest {

    @Test
    void createCustomFieldOfEveryType() {
        assertSingleSuccess(call("actions[0][cmd]=create_custom_field&actions[0][custom_field_identifier]=shoe-size_2"
                + "&actions[0][custom_field_type]=input_field"), "create_custom_field", 114, "Custom Field created");
        assertSingleSuccess(call("actions[0][cmd]=create_custom_field&actions[0][custom_field_identifier]=bio"
                + "&actions[0][custom_field_type]=text_area"), "create_custom_field", 114, "Custom Field created");
        for (String type : new String[] {"drop_down", "radio_button", "checkbox"}) {
            assertSingleSuccess(call("actions[0][cmd]=create_custom_field&actions[0][custom_field_identifier]=color_" + type
                    + "&actions[0][custom_field_type]=" + type + "&actions[0][custom_field_options][0][option_name]=blue"
                    + "&actions[0][custom_field_options][1][option_name]=red"), "create_custom_field", 114, "Custom Field created");
        }
        assertThat(demo().customField("color_checkbox").orElseThrow().type()).isEqualTo(CustomFieldType.CHECKBOX);
        assertThat(demo().customField("color_checkbox").orElseThrow().options()).extracting(o -> o.value())
                .containsExactly("blue", "red");

        JsonNode fields = call("actions[0][cmd]=retrieve_custom_fields").path("custom_fields");
        assertThat(fields).hasSize(10);
        assertThat(fields.get(5).toString()).isEqualTo(
                "{\"field_id\":\"6\",\"field_identifier\":\"shoe-size_2\",\"field_type\":\"input_field\"}");
        assertThat(fields.get(9).path("field_value").get(1).path("option_value").asText()).isEqualTo("red");
    }

    @Test
    void createCustomFieldErrors() {
        String create = "actions[0][cmd]=create_custom_field";
        assertFlatError(call(create + "&actions[0][custom_field_type]=input_field"), 265, "Custom Field cannot be empty");
        assertFlatError(call(create + "&actions[0][custom_field_identifier]=shoe+size&actions[0][custom_field_type]=input_field"),
                263, "Custom Field name can only contain letters, numbers, dashes or underscores");
        assertFlatError(call(create + "&actions[0][custom_field_identifier]=TEXT1&actions[0][custom_field_type]=input_field"),
                264, "Custom Field already exists or not allowed");
        assertFlatError(call(create + "&actions[0][custom_field_identifier]=first_name&actions[0][custom_field_type]=input_field"),
                264, "Custom Field already exists or not allowed");
        assertFlatError(call(create + "&actions[0][custom_field_identifier]=x&actions[0][custom_field_type]=date"), 269,
                "Custom Field type not valid");
        assertFlatError(call(create + "&actions[0][custom_field_identifier]=x&actions[0][custom_field_type]=drop_down"
                + "&actions[0][custom_field_options]=blue"), 270, "Options not an array");
        assertFlatError(call(create + "&actions[0][custom_field_identifier]=x&actions[0][custom_field_type]=drop_down"
                + "&actions[0][custom_field_options][0][option_name]=blue&actions[0][custom_field_options][1][option_name]="),
                272, "Option cannot be empty");
        assertFlatError(call(create + "&actions[0][custom_field_identifier]=x&actions[0][custom_field_type]=checkbox"
                + "&actions[0][custom_field_options][0][option_name]=blue"), 273, "Options must have two or more elements");
        assertThat(demo().customFields()).hasSize(5);
    }

    @Test
    void retrieveAccountPages() {
        JsonNode reply = call("actions[0][cmd]=retrieve_account_pages");
        assertThat(reply.path("account_pages").toString()).isEqualTo("[\"Home\",\"Sales Page\",\"Thank You\"]");
        assertThat(action(reply, 0, "retrieve_account_pages").path("status").asText()).isEqualTo("Success");
    }
}
