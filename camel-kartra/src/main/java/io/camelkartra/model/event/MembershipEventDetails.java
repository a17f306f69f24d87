package io.camelkartra.model.event;

import io.camelkartra.model.LeadMembership;

/** The {@code membership} of {@code membership_granted} and {@code membership_revoked}: the membership and level. */
public class MembershipEventDetails extends LeadMembership implements KartraEventDetails {

    /** The membership and level, {@code membershipId/levelId}: access to another level is another fact. */
    @Override
    public String getDetailId() {
        if (getMembershipId() == null || getLevelId() == null) {
            return getMembershipId();
        }
        return getMembershipId() + "/" + getLevelId();
    }
}
