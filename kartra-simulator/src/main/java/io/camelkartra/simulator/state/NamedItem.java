package io.camelkartra.simulator.state;

/** Something an event names by id and name only: a form, a video, a page split-test link. */
record NamedItem(long id, String name) {
}
