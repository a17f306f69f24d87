package io.camelkartra.simulator.state;

/** Kartra App modes (kartra-api.md §9): a new App is in test mode until Kartra activates it. */
public enum AppMode {
    /** Lead emails are rewritten to {@code @kartra.com} and no email goes out. */
    TEST,
    LIVE
}
