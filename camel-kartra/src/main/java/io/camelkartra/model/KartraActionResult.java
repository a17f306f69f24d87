package io.camelkartra.model;

import java.util.Collections;
import java.util.Map;

/**
 * The result of one action of a call: the element {@code actions[i].<cmd>} of Kartra's reply, with its status,
 * message, type and the command's own data ({@code lead_details}, {@code transaction_refunded}, ...).
 */
public final class KartraActionResult {

    private final int index;
    private final String command;
    private final String status;
    private final String message;
    private final int type;
    private final Map<String, Object> data;

    public KartraActionResult(int index, String command, String status, String message, int type, Map<String, Object> data) {
        this.index = index;
        this.command = command;
        this.status = status;
        this.message = message;
        this.type = type;
        this.data = data == null ? Collections.emptyMap() : Collections.unmodifiableMap(data);
    }

    /** Position in the call's {@code actions[]}. */
    public int getIndex() {
        return index;
    }

    /** The {@code cmd} this result belongs to. */
    public String getCommand() {
        return command;
    }

    /** {@code Success} or {@code Error}; null when Kartra gave none (data-only results count as success). */
    public String getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    /** Kartra's message type, or 0 when none was sent. */
    public int getType() {
        return type;
    }

    /** The command's own fields besides status, message and type. */
    public Map<String, Object> getData() {
        return data;
    }

    /** Whether this action succeeded: status {@code Success} (any case), or no status at all. */
    public boolean isSuccess() {
        return status == null || "success".equalsIgnoreCase(status);
    }

    @Override
    public String toString() {
        return "KartraActionResult[" + index + " " + command + " " + status + (type > 0 ? " " + type : "") + "]";
    }
}
