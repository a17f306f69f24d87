package io.camelkartra.model.event;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The typed {@code action_details} of an Outbound API event; one class per kind of details. */
public interface KartraEventDetails {

    /**
     * The id of what the event is about (the transaction, tag, list, ...), which the delivery key of the event
     * includes; null when Kartra sends none.
     */
    @JsonIgnore
    String getDetailId();
}
