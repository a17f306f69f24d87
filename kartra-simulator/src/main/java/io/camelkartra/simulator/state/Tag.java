package io.camelkartra.simulator.state;

/** An account's tags are addressed by name (kartra-api.md §10). */
public record Tag(long id, String name) {
}
