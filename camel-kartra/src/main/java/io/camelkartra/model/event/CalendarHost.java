package io.camelkartra.model.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A host or co-host of a calendar class. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class CalendarHost {

    @JsonProperty("host_first_name")
    private String hostFirstName;
    @JsonProperty("host_last_name")
    private String hostLastName;
    @JsonProperty("host_email_address")
    private String hostEmailAddress;

    public String getHostFirstName() {
        return hostFirstName;
    }

    public String getHostLastName() {
        return hostLastName;
    }

    public String getHostEmailAddress() {
        return hostEmailAddress;
    }

    @Override
    public String toString() {
        return "CalendarHost[" + hostFirstName + " " + hostLastName + "]";
    }
}
