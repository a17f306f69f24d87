package io.camelkartra.simulator.state;

/** One option of a drop-down, radio-button or checkbox custom field. */
public record FieldOption(long id, String value) {
}
