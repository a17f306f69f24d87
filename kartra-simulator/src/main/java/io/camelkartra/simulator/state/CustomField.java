package io.camelkartra.simulator.state;

import java.util.List;
import java.util.Optional;

/** An account's custom field; {@code options} is empty for input fields and text areas. */
public record CustomField(long id, String identifier, CustomFieldType type, List<FieldOption> options) {

    public CustomField {
        options = List.copyOf(options);
    }

    public Optional<FieldOption> option(long optionId) {
        return options.stream().filter(o -> o.id() == optionId).findFirst();
    }

    /** The option whose value is {@code valueOrId} (ignoring case), or whose id it is. */
    public Optional<FieldOption> optionByValueOrId(String valueOrId) {
        Optional<FieldOption> byValue = options.stream().filter(o -> o.value().equalsIgnoreCase(valueOrId)).findFirst();
        if (byValue.isPresent() || !valueOrId.matches("\\d{1,18}")) {
            return byValue;
        }
        return option(Long.parseLong(valueOrId));
    }
}
