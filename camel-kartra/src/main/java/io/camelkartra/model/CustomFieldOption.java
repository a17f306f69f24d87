package io.camelkartra.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One option of a drop-down, radio-button or checkbox custom field: Kartra's id and the label users see. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class CustomFieldOption {

    @JsonProperty("option_id")
    private String optionId;
    @JsonProperty("option_value")
    private String optionValue;

    public CustomFieldOption() {
    }

    public CustomFieldOption(String optionId, String optionValue) {
        this.optionId = optionId;
        this.optionValue = optionValue;
    }

    /** Kartra's id of the option: what create_lead and edit_lead send. */
    public String getOptionId() {
        return optionId;
    }

    public void setOptionId(String optionId) {
        this.optionId = optionId;
    }

    /** The option's label. */
    public String getOptionValue() {
        return optionValue;
    }

    public void setOptionValue(String optionValue) {
        this.optionValue = optionValue;
    }

    @Override
    public String toString() {
        return optionId + "=" + optionValue;
    }
}
