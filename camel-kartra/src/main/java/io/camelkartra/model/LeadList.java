package io.camelkartra.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A list a lead is or was subscribed to. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class LeadList {

    @JsonProperty("list_id")
    private String listId;
    @JsonProperty("list_name")
    private String listName;
    @JsonProperty("active")
    private String active;

    public LeadList() {
    }

    /** The list's id. */
    public String getListId() {
        return listId;
    }

    public void setListId(String listId) {
        this.listId = listId;
    }

    /** The list's name. */
    public String getListName() {
        return listName;
    }

    public void setListName(String listName) {
        this.listName = listName;
    }

    /** {@code 1} while subscribed, {@code 0} after unsubscribing. */
    public String getActive() {
        return active;
    }

    public void setActive(String active) {
        this.active = active;
    }
}
