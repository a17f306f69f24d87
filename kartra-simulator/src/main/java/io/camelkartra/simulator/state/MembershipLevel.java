package io.camelkartra.simulator.state;

/** A level of a membership site. */
public record MembershipLevel(long id, String name) {
}
