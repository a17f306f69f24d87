package io.camelkartra.simulator.api;

import java.util.Map;

/** What one action did: success or error, the message (may be null for data-only replies) and its data. */
public record ActionResult(boolean success, Message message, Map<String, Object> data) {

    public ActionResult {
        data = data == null ? Map.of() : data;
    }

    public static ActionResult ok(Message message) {
        return new ActionResult(true, message, Map.of());
    }

    public static ActionResult ok(Message message, Map<String, Object> data) {
        return new ActionResult(true, message, data);
    }

    /** A success that carries only data, as the {@code retrieve_*} and detail commands answer. */
    public static ActionResult data(Map<String, Object> data) {
        return new ActionResult(true, null, data);
    }

    public static ActionResult error(Message message) {
        return new ActionResult(false, message, Map.of());
    }
}
