package io.camelkartra.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A sequence a lead is or was subscribed to. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class LeadSequence {

    @JsonProperty("sequence_id")
    private String sequenceId;
    @JsonProperty("sequence_name")
    private String sequenceName;
    @JsonProperty("step")
    private String step;
    @JsonProperty("status")
    private String status;

    public LeadSequence() {
    }

    /** The sequence's id. */
    public String getSequenceId() {
        return sequenceId;
    }

    public void setSequenceId(String sequenceId) {
        this.sequenceId = sequenceId;
    }

    /** The sequence's name. */
    public String getSequenceName() {
        return sequenceName;
    }

    public void setSequenceName(String sequenceName) {
        this.sequenceName = sequenceName;
    }

    /** The step the lead is at. */
    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    /** {@code active} or {@code unsubscribed}. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
