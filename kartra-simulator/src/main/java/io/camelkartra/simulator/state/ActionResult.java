package io.camelkartra.simulator.state;

import java.util.Map;

/** What one action did: success or error, the message (may be null for data-only replies) and its data. */
record ActionResult(boolean success, Message message, Map<String, Object> data) {

    ActionResult {
        data = data == null ? Map.of() : data;
    }

    static ActionResult ok(Message message) {
        return new ActionResult(true, message, Map.of());
    }

    static ActionResult ok(Message message, Map<String, Object> data) {
        return new ActionResult(true, message, data);
    }

    /** A success that carries only data, as the {@code retrieve_*} and detail commands answer. */
    static ActionResult data(Map<String, Object> data) {
        return new ActionResult(true, null, data);
    }

    static ActionResult error(Message message) {
        return new ActionResult(false, message, Map.of());
    }
}
