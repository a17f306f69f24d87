package io.camelkartra.model.event;

import io.camelkartra.model.LeadList;

/** The {@code list} of {@code list_subscription} and {@code list_unsubscription}: the list's id and name. */
public class ListEventDetails extends LeadList implements KartraEventDetails {

    @Override
    public String getDetailId() {
        return getListId();
    }
}
