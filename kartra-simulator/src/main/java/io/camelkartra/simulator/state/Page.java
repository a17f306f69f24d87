package io.camelkartra.simulator.state;

/** An account's a Kartra page, returned by {@code retrieve_account_pages}. */
public record Page(long id, String name) {
}
