package io.camelkartra.simulator.state;

import java.time.Instant;

/** A lead's access to a membership level; revoked access stays listed with {@code active} false. */
record MembershipAccess(Membership membership, MembershipLevel level, boolean active, Instant grantedAt) {
}
