package io.camelkartra.simulator.state;

import java.time.Instant;

/**
 * One successful action applied to a lead: the command, its main parameter (tag name, points…) and
 * whether it changed the lead. Lets a test prove that an action was not applied twice.
 */
public record JournalEntry(Instant at, String cmd, String parameter, boolean changed) {
}
