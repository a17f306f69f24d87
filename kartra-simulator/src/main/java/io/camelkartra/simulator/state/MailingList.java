package io.camelkartra.simulator.state;

/** An account's a list (named MailingList to keep clear of java.util.List). */
public record MailingList(long id, String name) {
}
