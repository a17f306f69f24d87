package io.camelkartra.model;

/** The types of Kartra custom fields, with Kartra's names. */
public enum CustomFieldType {

    INPUT_FIELD("input_field", false),
    TEXT_AREA("text_area", false),
    DROP_DOWN("drop_down", true),
    RADIO_BUTTON("radio_button", true),
    CHECKBOX("checkbox", true);

    private final String kartraName;
    private final boolean withOptions;

    CustomFieldType(String kartraName, boolean withOptions) {
        this.kartraName = kartraName;
        this.withOptions = withOptions;
    }

    /** Kartra's name ({@code drop_down}). */
    public String getKartraName() {
        return kartraName;
    }

    /** Kartra's name: what a request carries and what the {@code customFieldType} option's documented values are. */
    @Override
    public String toString() {
        return kartraName;
    }

    /** Whether values are option ids (drop-down, radio button, checkbox) rather than text. */
    public boolean hasOptions() {
        return withOptions;
    }

    /** Whether the field takes several option ids. */
    public boolean isMultiValued() {
        return this == CHECKBOX;
    }

    /** The type with this Kartra name (case-insensitive), or null for a name Kartra does not document. */
    public static CustomFieldType ofKartraName(String name) {
        if (name != null) {
            for (CustomFieldType type : values()) {
                if (type.kartraName.equalsIgnoreCase(name.trim())) {
                    return type;
                }
            }
        }
        return null;
    }
}
