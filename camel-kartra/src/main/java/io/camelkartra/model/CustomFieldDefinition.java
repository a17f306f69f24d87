package io.camelkartra.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A custom field defined in the account, as {@code retrieveCustomFields} returns it: identifier, type and, for fields with options, the options with their ids. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class CustomFieldDefinition {

    @JsonProperty("field_id")
    private String fieldId;
    @JsonProperty("field_identifier")
    private String fieldIdentifier;
    @JsonProperty("field_type")
    private String fieldType;
    @JsonProperty("field_value")
    private List<CustomFieldOption> fieldValue;

    public CustomFieldDefinition() {
    }

    /** Kartra's id of the field. */
    public String getFieldId() {
        return fieldId;
    }

    public void setFieldId(String fieldId) {
        this.fieldId = fieldId;
    }

    /** The identifier used in lead custom field values. */
    public String getFieldIdentifier() {
        return fieldIdentifier;
    }

    public void setFieldIdentifier(String fieldIdentifier) {
        this.fieldIdentifier = fieldIdentifier;
    }

    /** Kartra's type name; see {@link #getType()}. */
    public String getFieldType() {
        return fieldType;
    }

    public void setFieldType(String fieldType) {
        this.fieldType = fieldType;
    }

    /** The options of drop-down, radio-button and checkbox fields; empty or null for text fields. */
    public List<CustomFieldOption> getFieldValue() {
        return fieldValue;
    }

    public void setFieldValue(List<CustomFieldOption> fieldValue) {
        this.fieldValue = fieldValue;
    }

    /** {@link #getFieldType()} as an enum, or null for a type Kartra does not document. */
    @JsonIgnore
    public CustomFieldType getType() {
        return CustomFieldType.ofKartraName(fieldType);
    }
}
