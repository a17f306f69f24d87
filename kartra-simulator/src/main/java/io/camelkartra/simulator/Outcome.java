package io.camelkartra.simulator;

/**
 * How a call to {@code /api}, or one action of it, ended. As an {@linkplain RecordedCall#outcome() outcome} it says
 * what the client got; as an action's {@linkplain RecordedCall.Action#result() result} it says what Kartra did, which
 * differs after a fault that struck {@linkplain #FAULT_AFTER_COMMAND after the command}. A result is always
 * {@link #SUCCESS}, {@link #KARTRA_ERROR} or {@link #NOT_RUN}.
 */
public enum Outcome {
    /** Kartra answered Success (for an action: its element of {@code actions[]} says Success). */
    SUCCESS,
    /** Kartra answered an error; the message type says which. For a call, its flat error envelope. */
    KARTRA_ERROR,
    /** An action that did not run: skipped after a failure ({@code stopOnActionFailure}), or its call stopped first. */
    NOT_RUN,
    /** The simulator's rate limit answered HTTP 429; nothing ran. */
    RATE_LIMITED,
    /** The body was over {@code maxBodyBytes}: HTTP 413, nothing read. */
    BODY_TOO_LARGE,
    /** A queued {@link Reply#json(String) json} or {@link Reply#raw(int, String, String) raw} reply answered; nothing ran. */
    SCRIPTED_REPLY,
    /** A queued or planned fault (429, 5xx, reset, truncated, HTML page, hang) struck before the command; nothing ran. */
    FAULT_BEFORE_COMMAND,
    /** The call ran (state may have changed, webhooks went out), then a queued or planned reply replaced Kartra's. */
    FAULT_AFTER_COMMAND
}
