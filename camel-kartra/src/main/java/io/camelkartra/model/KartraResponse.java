package io.camelkartra.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed Kartra reply: the envelope's {@code status}, {@code message} and {@code type}, every action's result in
 * order, and the top-level data some commands return ({@code lead_details}, {@code account_tags}, ...).
 * <p>
 * A top-level {@code Success} does not mean every action succeeded: {@link #isSuccess()} checks them all, and
 * {@link #getFirstFailedAction()} names the first that did not.
 */
public final class KartraResponse {

    private final String status;
    private final String message;
    private final int type;
    private final List<KartraActionResult> actions;
    private final Map<String, Object> data;

    public KartraResponse(String status, String message, int type, List<KartraActionResult> actions, Map<String, Object> data) {
        this.status = status;
        this.message = message;
        this.type = type;
        this.actions = actions == null ? Collections.emptyList() : Collections.unmodifiableList(actions);
        this.data = data == null ? Collections.emptyMap() : Collections.unmodifiableMap(data);
    }

    /** {@code Success} or {@code Error} as Kartra sent it; null when the reply carried action results only. */
    public String getStatus() {
        return status;
    }

    /** The top-level message; for single-action calls Kartra's message for that action. */
    public String getMessage() {
        return message;
    }

    /** The top-level message type, or 0 when none was sent. */
    public int getType() {
        return type;
    }

    /** The results of the call's actions, in the order they were sent. */
    public List<KartraActionResult> getActions() {
        return actions;
    }

    /** Top-level fields other than status, message, type and actions. */
    public Map<String, Object> getData() {
        return data;
    }

    /** Whether the envelope is a success: status {@code Success} (any case), or no status with action results. */
    public boolean isEnvelopeSuccess() {
        return status == null ? !actions.isEmpty() || !data.isEmpty() : "success".equalsIgnoreCase(status);
    }

    /** Whether the envelope and every action succeeded. */
    public boolean isSuccess() {
        return isEnvelopeSuccess() && getFirstFailedAction().isEmpty();
    }

    /** The first action that failed, if any. */
    public Optional<KartraActionResult> getFirstFailedAction() {
        return actions.stream().filter(a -> !a.isSuccess()).findFirst();
    }

    /** The result of the first action with this {@code cmd}, if the reply has one. */
    public Optional<KartraActionResult> getAction(String command) {
        return actions.stream().filter(a -> command.equals(a.getCommand())).findFirst();
    }

    @Override
    public String toString() {
        return "KartraResponse[" + status + (type > 0 ? " " + type : "") + ", actions=" + actions + "]";
    }
}
