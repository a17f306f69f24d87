package io.camelkartra.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A tag carried by a lead. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class LeadTag {

    @JsonProperty("tag_id")
    private String tagId;
    @JsonProperty("tag_name")
    private String tagName;

    public LeadTag() {
    }

    /** The tag's id (older replies only). */
    public String getTagId() {
        return tagId;
    }

    public void setTagId(String tagId) {
        this.tagId = tagId;
    }

    /** The tag's name. */
    public String getTagName() {
        return tagName;
    }

    public void setTagName(String tagName) {
        this.tagName = tagName;
    }
}
