package io.camelkartra.simulator.state;

import java.time.Instant;

/** Points given with an expiration: at {@code expiresAt} exactly these points are deducted again. */
record PointsGrant(long points, Instant expiresAt) {
}
