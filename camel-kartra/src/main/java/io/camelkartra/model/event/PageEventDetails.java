package io.camelkartra.model.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code kartra_page} of {@code kartra_page_visit}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class PageEventDetails implements KartraEventDetails {

    @JsonProperty("kartra_page_id")
    private String kartraPageId;
    @JsonProperty("kartra_page_name")
    private String kartraPageName;

    public String getKartraPageId() {
        return kartraPageId;
    }

    public String getKartraPageName() {
        return kartraPageName;
    }

    @Override
    public String getDetailId() {
        return kartraPageId;
    }
}
