package io.camelkartra.simulator;

/**
 * Behaviour switches that can change while the simulator runs (Java API and {@code /_admin/settings}).
 * Each is read per request, so a change applies to the next call.
 */
public final class SimulatorSettings {

    private volatile boolean allowPlainHttp;
    private volatile int rateLimit = 20;
    private volatile long maxBodyBytes = 1 << 20;
    private volatile boolean typeAsNumber;
    private volatile boolean stopOnActionFailure;
    private volatile boolean credentialsFromQuery;
    private volatile String replyContentType = "application/json";
    private volatile ReplyShape replyShape = ReplyShape.DOCUMENTED;

    /** Takes every setting from {@code other}. */
    void copyFrom(SimulatorSettings other) {
        allowPlainHttp = other.allowPlainHttp;
        rateLimit = other.rateLimit;
        maxBodyBytes = other.maxBodyBytes;
        typeAsNumber = other.typeAsNumber;
        stopOnActionFailure = other.stopOnActionFailure;
        credentialsFromQuery = other.credentialsFromQuery;
        replyContentType = other.replyContentType;
        replyShape = other.replyShape;
    }

    /** Whether {@code /api} on the plain HTTP listener works; otherwise it answers 201 "Connection not secure". */
    public boolean allowPlainHttp() {
        return allowPlainHttp;
    }

    public SimulatorSettings allowPlainHttp(boolean value) {
        allowPlainHttp = value;
        return this;
    }

    /** Calls per second per App (token bucket, capacity = rate); 0 turns the limit off. Default 20. */
    public int rateLimit() {
        return rateLimit;
    }

    public SimulatorSettings rateLimit(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("rateLimit must be 0 (off) or positive");
        }
        rateLimit = value;
        return this;
    }

    /** Larger request bodies are refused with HTTP 413 without being read. Default 1 MiB. */
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    public SimulatorSettings maxBodyBytes(long value) {
        if (value < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        maxBodyBytes = value;
        return this;
    }

    /** Sends {@code type} as a bare JSON number instead of a string, as one Kartra doc example does. */
    public boolean typeAsNumber() {
        return typeAsNumber;
    }

    public SimulatorSettings typeAsNumber(boolean value) {
        typeAsNumber = value;
        return this;
    }

    /** Whether the actions after a failing one are skipped (left out of {@code actions[]}); default: they run. */
    public boolean stopOnActionFailure() {
        return stopOnActionFailure;
    }

    public SimulatorSettings stopOnActionFailure(boolean value) {
        stopOnActionFailure = value;
        return this;
    }

    /** Also reads {@code app_id}, {@code api_key}, {@code api_password} from the query string (one plugin claims Kartra does). */
    public boolean credentialsFromQuery() {
        return credentialsFromQuery;
    }

    public SimulatorSettings credentialsFromQuery(boolean value) {
        credentialsFromQuery = value;
        return this;
    }

    /** The {@code Content-Type} of API replies; Kartra has been seen sending JSON as {@code text/html}. */
    public String replyContentType() {
        return replyContentType;
    }

    public SimulatorSettings replyContentType(String value) {
        replyContentType = java.util.Objects.requireNonNull(value);
        return this;
    }

    /** How replies are written: as documented (the default), or in a variant clients of the live API report. */
    public ReplyShape replyShape() {
        return replyShape;
    }

    public SimulatorSettings replyShape(ReplyShape value) {
        replyShape = java.util.Objects.requireNonNull(value);
        return this;
    }
}
