package io.camelkartra.model.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code page_split_test_link} of {@code click_page_split_test_link}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class SplitTestLinkEventDetails implements KartraEventDetails {

    @JsonProperty("page_split_test_link_id")
    private String pageSplitTestLinkId;
    @JsonProperty("page_split_test_link_name")
    private String pageSplitTestLinkName;

    public String getPageSplitTestLinkId() {
        return pageSplitTestLinkId;
    }

    public String getPageSplitTestLinkName() {
        return pageSplitTestLinkName;
    }

    @Override
    public String getDetailId() {
        return pageSplitTestLinkId;
    }
}
