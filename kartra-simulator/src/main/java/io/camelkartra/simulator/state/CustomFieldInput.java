package io.camelkartra.simulator.state;

import io.camelkartra.simulator.form.PhpArray;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code lead[custom_fields][N][field_identifier|field_value]} (kartra-api.md §5.3). Malformed
 * input is 271 as a whole, before anything changes: {@code custom_fields} or an entry that is not an
 * array, an entry without identifier or value, a list for a text field, an option id the field does
 * not have. Unknown identifiers are ignored; an empty value clears the field.
 */
final class CustomFieldInput {

    private static final Object CLEAR = new Object();

    private final Map<CustomField, Object> values;

    private CustomFieldInput(Map<CustomField, Object> values) {
        this.values = values;
    }

    /** The parsed values, or empty when the input is malformed (271). */
    static Optional<CustomFieldInput> parse(AccountData data, PhpArray leadInput) {
        Object raw = leadInput.get("custom_fields");
        Map<CustomField, Object> values = new LinkedHashMap<>();
        if (raw == null) {
            return Optional.of(new CustomFieldInput(values));
        }
        if (!(raw instanceof PhpArray entries)) {
            return Optional.empty();
        }
        for (Object entry : entries.entries().values()) {
            if (!(entry instanceof PhpArray item) || !(item.get("field_identifier") instanceof String identifier)
                    || identifier.isEmpty() || !item.containsKey("field_value")) {
                return Optional.empty();
            }
            Optional<CustomField> field = data.customField(identifier);
            if (field.isEmpty()) {
                continue;
            }
            Optional<Object> value = value(field.get(), item.get("field_value"));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.put(field.get(), value.get() == CLEAR ? null : value.get());
        }
        return Optional.of(new CustomFieldInput(values));
    }

    /** The stored value (see {@link Lead#customFieldValue}), {@code CLEAR}, or empty when malformed. */
    private static Optional<Object> value(CustomField field, Object raw) {
        if ("".equals(raw)) {
            return Optional.of(CLEAR);
        }
        if (!field.type().hasOptions()) {
            return raw instanceof String text ? Optional.of(text) : Optional.empty();
        }
        if (field.type() != CustomFieldType.CHECKBOX) {
            return raw instanceof String id ? optionId(field, id).map(Object.class::cast) : Optional.empty();
        }
        List<Object> ids = raw instanceof PhpArray list ? new ArrayList<>(list.entries().values()) : List.of(raw);
        List<Long> optionIds = new ArrayList<>();
        for (Object id : ids) {
            Optional<Long> option = id instanceof String s ? optionId(field, s) : Optional.empty();
            if (option.isEmpty()) {
                return Optional.empty();
            }
            if (!optionIds.contains(option.get())) {
                optionIds.add(option.get());
            }
        }
        return Optional.of(List.copyOf(optionIds));
    }

    private static Optional<Long> optionId(CustomField field, String id) {
        if (!id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return field.option(Long.parseLong(id)).map(FieldOption::id);
    }

    /** Applies the values; true if the lead changed. */
    boolean applyTo(Lead lead) {
        boolean changed = false;
        for (Map.Entry<CustomField, Object> value : values.entrySet()) {
            changed |= lead.setCustomFieldValue(value.getKey(), value.getValue());
        }
        return changed;
    }
}
