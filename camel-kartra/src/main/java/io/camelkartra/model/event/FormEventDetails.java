package io.camelkartra.model.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The form of {@code filled_form}: under {@code form}, or under {@code tag} as the one third-party listing has it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class FormEventDetails implements KartraEventDetails {

    @JsonProperty("form_id")
    private String formId;
    @JsonProperty("form_name")
    private String formName;

    public String getFormId() {
        return formId;
    }

    public String getFormName() {
        return formName;
    }

    @Override
    public String getDetailId() {
        return formId;
    }
}
