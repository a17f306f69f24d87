package io.camelkartra.internal;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelkartra.model.CustomField;
import io.camelkartra.model.KartraReadOnly;
import io.camelkartra.model.Lead;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lead's field table is the Lead class's own field declarations: the names, the order and the writable ones that
 * reading (Jackson), writing (the form encoder) and checking a body (the lead body converter) use all come from it.
 */
class LeadFieldsTest {

    /** Kartra's fields of create_lead and edit_lead (kartra-api.md), in the order the component sends them. */
    private static final List<String> KARTRAS_WRITABLE_FIELDS = List.of("id", "email", "new_email", "phone", "phone_country_code",
            "first_name", "middle_name", "last_name", "last_name2", "ip", "address", "zip", "city", "state", "country", "company",
            "lead_picture", "website", "facebook", "twitter", "linkedin", "lead_preferred_time_zone", "sales_tax_id",
            "business_type", "custom_fields");

    @Test
    void theWritableFieldsAreKartrasInTheTablesOrder() {
        assertThat(LeadFields.writable()).isEqualTo(KARTRAS_WRITABLE_FIELDS).isSameAs(Lead.WRITABLE_FIELDS);
    }

    @Test
    void jsonHasTheTablesNamesInTheTablesOrder() throws Exception {
        Lead lead = new Lead();
        List<String> declared = new ArrayList<>();
        for (Field field : Lead.class.getDeclaredFields()) {
            JsonProperty property = field.getAnnotation(JsonProperty.class);
            if (property != null) {
                declared.add(property.value());
                field.setAccessible(true);
                field.set(lead, sample(field.getType()));
            }
        }

        Map<?, ?> json = new ObjectMapper().readValue(new ObjectMapper().writeValueAsString(lead), Map.class);

        assertThat(new ArrayList<>(json.keySet())).isEqualTo(declared);
    }

    @Test
    void namesAreKartrasOrJavas() {
        assertThat(LeadFields.wireName("first_name")).contains("first_name");
        assertThat(LeadFields.wireName("firstName")).contains("first_name");
        assertThat(LeadFields.wireName("lastName2")).contains("last_name2");
        assertThat(LeadFields.wireName("customFields")).contains("custom_fields");
        assertThat(LeadFields.wireName("first-name")).isEmpty();
        assertThat(Arrays.stream(Lead.class.getDeclaredFields()).filter(f -> f.isAnnotationPresent(KartraReadOnly.class))
                .map(f -> f.getAnnotation(JsonProperty.class).value())).allMatch(LeadFields::isReadOnly).contains("score", "tags");
        assertThat(LeadFields.isReadOnly("email")).isFalse();
    }

    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return "x";
        }
        if (type == Integer.class) {
            return 1;
        }
        return type == List.class ? List.of(CustomField.text("a", "b")) : null;
    }
}
