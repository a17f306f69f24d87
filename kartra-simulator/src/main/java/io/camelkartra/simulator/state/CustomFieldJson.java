package io.camelkartra.simulator.state;

import static io.camelkartra.simulator.state.Wire.number;

import java.util.LinkedHashMap;
import java.util.Map;

/** A custom field definition as {@code retrieve_custom_fields} lists it (§2.7): options only for option types. */
final class CustomFieldJson {

    private CustomFieldJson() {
    }

    static Map<String, Object> definition(CustomField field) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("field_id", number(field.id()));
        out.put("field_identifier", field.identifier());
        out.put("field_type", field.type().wireName());
        if (field.type().hasOptions()) {
            out.put("field_value", field.options().stream().map(LeadJson::option).toList());
        }
        return out;
    }
}
