package io.camelkartra.simulator.state;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one call: the JSON reply; what each submitted action did (for a call-level error, that error for
 * each; shorter than the submitted commands when the rest was skipped); whether the reply says Success and its
 * message type (0 when it has none); and whether any action ran (so state may have changed).
 */
public record CallResult(Map<String, Object> reply, List<Step> steps, boolean success, int type, boolean executed) {

    /** What one action did: success or error, with Kartra's message type (0 when the reply has none). */
    public record Step(boolean success, int type) {

        static Step of(ActionResult result) {
            return new Step(result.success(), result.message() == null ? 0 : result.message().type());
        }
    }
}
