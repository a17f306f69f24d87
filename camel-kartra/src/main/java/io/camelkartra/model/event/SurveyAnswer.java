package io.camelkartra.model.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An option the lead chose for a survey question. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class SurveyAnswer {

    @JsonProperty("option_id")
    private String optionId;
    @JsonProperty("option_value")
    private String optionValue;

    public String getOptionId() {
        return optionId;
    }

    /** The option's text. */
    public String getOptionValue() {
        return optionValue;
    }

    @Override
    public String toString() {
        return "SurveyAnswer[" + optionId + "]";
    }
}
