package io.camelkartra.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;

/**
 * A custom field value of a lead.
 * <p>
 * To send: a text ({@link #text(String, String)}) for input and text-area fields, one option id
 * ({@link #option(String, String)}) for drop-down and radio-button fields, several option ids
 * ({@link #options(String, String...)}) for checkbox fields, or an empty text to clear the field.
 * <p>
 * As read from Kartra: {@code field_value} is a text for text fields and a list of {@code {option_id, option_value}}
 * for fields with options, available through {@link #getSelectedOptions()}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CustomField {

    @JsonProperty("field_id")
    @JsonAlias("fieldId")
    private String fieldId;
    @JsonProperty("field_identifier")
    @JsonAlias({ "fieldIdentifier", "identifier" })
    private String fieldIdentifier;
    @JsonProperty("field_type")
    @JsonAlias("fieldType")
    private String fieldType;
    @JsonIgnore
    private String text;
    @JsonIgnore
    private List<String> optionIds;
    @JsonIgnore
    private List<CustomFieldOption> selectedOptions;

    public CustomField() {
    }

    /** A text value (input or text-area field); an empty text clears the field. */
    public static CustomField text(String identifier, String text) {
        CustomField field = new CustomField();
        field.fieldIdentifier = Objects.requireNonNull(identifier, "identifier");
        field.text = Objects.requireNonNull(text, "text");
        return field;
    }

    /** One option id (drop-down or radio-button field). */
    public static CustomField option(String identifier, String optionId) {
        return text(identifier, optionId);
    }

    /** Several option ids (checkbox field). */
    public static CustomField options(String identifier, String... optionIds) {
        return options(identifier, List.of(optionIds));
    }

    /** Several option ids (checkbox field). */
    public static CustomField options(String identifier, List<String> optionIds) {
        CustomField field = new CustomField();
        field.fieldIdentifier = Objects.requireNonNull(identifier, "identifier");
        field.optionIds = List.copyOf(optionIds);
        return field;
    }

    /** Kartra's numeric id of the field (read only). */
    public String getFieldId() {
        return fieldId;
    }

    public void setFieldId(String fieldId) {
        this.fieldId = fieldId;
    }

    /** The field's identifier, as defined in the account ({@code gender}). */
    public String getFieldIdentifier() {
        return fieldIdentifier;
    }

    public void setFieldIdentifier(String fieldIdentifier) {
        this.fieldIdentifier = fieldIdentifier;
    }

    /** Kartra's type name ({@code checkbox}), as read; null on values built to send. */
    public String getFieldType() {
        return fieldType;
    }

    public void setFieldType(String fieldType) {
        this.fieldType = fieldType;
    }

    /** {@link #getFieldType()} as an enum, or null when absent or undocumented. */
    @JsonIgnore
    public CustomFieldType getType() {
        return CustomFieldType.ofKartraName(fieldType);
    }

    /** The text value (text fields, or one option id to send); null when the value is a list. */
    @JsonIgnore
    public String getText() {
        return text;
    }

    /**
     * The option ids: those to send, or those of the selected options as read; a single option id given as text
     * counts as one. Empty for text values.
     */
    @JsonIgnore
    public List<String> getOptionIds() {
        if (optionIds != null) {
            return optionIds;
        }
        if (selectedOptions != null) {
            List<String> ids = new ArrayList<>(selectedOptions.size());
            selectedOptions.forEach(o -> ids.add(o.getOptionId()));
            return Collections.unmodifiableList(ids);
        }
        return Collections.emptyList();
    }

    /** The selected options with their labels, as Kartra returns them; empty for text values and values to send. */
    @JsonIgnore
    public List<CustomFieldOption> getSelectedOptions() {
        return selectedOptions == null ? Collections.emptyList() : selectedOptions;
    }

    /** Whether the value is a list of option ids (checkbox) rather than one text. */
    @JsonIgnore
    public boolean isList() {
        return optionIds != null || selectedOptions != null;
    }

    /** The value as Kartra sends or reads it: a text, a list of option ids, or a list of options. */
    @JsonGetter("field_value")
    public Object getFieldValue() {
        if (text != null) {
            return text;
        }
        if (optionIds != null) {
            return optionIds;
        }
        return selectedOptions;
    }

    /**
     * Accepts what Kartra and users write: a text or number, a list of option ids, or a list of
     * {@code {option_id, option_value}} objects.
     */
    @JsonSetter("field_value")
    @JsonAlias({ "fieldValue", "value" })
    public void setFieldValue(Object value) {
        text = null;
        optionIds = null;
        selectedOptions = null;
        if (value == null) {
            return;
        }
        if (value instanceof List<?> list) {
            if (!list.isEmpty() && list.get(0) instanceof Map) {
                List<CustomFieldOption> options = new ArrayList<>(list.size());
                for (Object element : list) {
                    if (!(element instanceof Map<?, ?> map)) {
                        throw new IllegalArgumentException("field_value mixes options and plain values");
                    }
                    options.add(new CustomFieldOption(stringOrNull(map.get("option_id")), stringOrNull(map.get("option_value"))));
                }
                selectedOptions = Collections.unmodifiableList(options);
            } else {
                List<String> ids = new ArrayList<>(list.size());
                for (Object element : list) {
                    if (element instanceof Map || element instanceof List || element == null) {
                        throw new IllegalArgumentException("field_value lists must hold option ids");
                    }
                    ids.add(element.toString());
                }
                optionIds = Collections.unmodifiableList(ids);
            }
        } else if (value instanceof Map) {
            throw new IllegalArgumentException("field_value must be a text, an option id or a list of option ids");
        } else {
            text = value.toString();
        }
    }

    private static String stringOrNull(Object value) {
        return value == null ? null : value.toString();
    }

    @Override
    public String toString() {
        return "CustomField[" + fieldIdentifier + "]";
    }
}
