package io.camelkartra.simulator.state;

import java.util.Arrays;
import java.util.Optional;

/** The five custom field types of kartra-api.md §2.7, by their wire names. */
public enum CustomFieldType {
    INPUT_FIELD("input_field", false),
    TEXT_AREA("text_area", false),
    DROP_DOWN("drop_down", true),
    RADIO_BUTTON("radio_button", true),
    CHECKBOX("checkbox", true);

    private final String wireName;
    private final boolean hasOptions;

    CustomFieldType(String wireName, boolean hasOptions) {
        this.wireName = wireName;
        this.hasOptions = hasOptions;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether the field's value is chosen from options (one for drop-down and radio, several for checkbox). */
    public boolean hasOptions() {
        return hasOptions;
    }

    public static Optional<CustomFieldType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
