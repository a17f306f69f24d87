package io.camelkartra.simulator;

import java.time.Duration;

/**
 * What happens to one request: a {@code delay}, then maybe a fault of some {@code kind} with an HTTP
 * {@code status} (for 5xx and HTML pages), striking before or after the command runs.
 */
record Fault(Duration delay, Kind kind, int status, boolean afterCommand) {

    public static final Fault NONE = new Fault(Duration.ZERO, Kind.NONE, 0, false);

    public enum Kind {
        NONE("none"),
        TOO_MANY_REQUESTS("429"),
        SERVER_ERROR("http"),
        RESET("reset"),
        TRUNCATED_JSON("truncated"),
        HTML_PAGE("html");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    public boolean strikesBefore() {
        return kind != Kind.NONE && !afterCommand;
    }

    public boolean strikesAfter() {
        return kind != Kind.NONE && afterCommand;
    }

    /** The call-log outcome: {@code fault:429}, {@code fault:503}, {@code fault:reset}… */
    public String outcome() {
        return "fault:" + (kind == Kind.SERVER_ERROR ? Integer.toString(status) : kind.label);
    }
}
