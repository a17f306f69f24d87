package io.camelkartra.model.event;

import io.camelkartra.model.LeadSequence;

/** The {@code sequence} of {@code sequence_subscription}, {@code sequence_unsubscription} and {@code sequence_completion}: the sequence's id and name. */
public class SequenceEventDetails extends LeadSequence implements KartraEventDetails {

    @Override
    public String getDetailId() {
        return getSequenceId();
    }
}
