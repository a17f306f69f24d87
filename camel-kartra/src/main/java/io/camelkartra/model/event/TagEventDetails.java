package io.camelkartra.model.event;

import io.camelkartra.model.LeadTag;

/** The {@code tag} of {@code assign_tag} and {@code unassign_tag}: the tag's id and name. */
public class TagEventDetails extends LeadTag implements KartraEventDetails {

    @Override
    public String getDetailId() {
        return getTagId();
    }
}
