package io.camelkartra.simulator.state;

import java.util.LinkedHashMap;
import java.util.Map;

/** Kartra's reply envelopes, with {@code type} as a JSON string (or a number when so configured). */
final class Replies {

    private final boolean typeAsNumber;

    Replies(boolean typeAsNumber) {
        this.typeAsNumber = typeAsNumber;
    }

    /** {@code {"status":"Error","message":…,"type":…}}: a call-level failure, nothing executed. */
    Map<String, Object> flatError(Message message) {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("status", "Error");
        putMessage(reply, message);
        return reply;
    }

    /** {@code {"<cmd>":{"status":…,"message":…,"type":…, data…}}}: one element of {@code actions[]}. */
    Map<String, Object> actionElement(String cmd, ActionResult result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", result.success() ? "Success" : "Error");
        putMessage(body, result.message());
        body.putAll(result.data());
        Map<String, Object> element = new LinkedHashMap<>();
        element.put(cmd, body);
        return element;
    }

    void putMessage(Map<String, Object> target, Message message) {
        if (message == null) {
            return;
        }
        target.put("message", message.text());
        if (message.type() != 0) {
            target.put("type", typeAsNumber ? (Object) message.type() : Integer.toString(message.type()));
        }
    }
}
