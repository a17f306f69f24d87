package io.camelkartra.simulator.api;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one call: the JSON reply, the submitted commands with what each did ({@code success},
 * {@code error:NNN}, or the call-level error when none ran), the call's own outcome, and whether any
 * action ran (so state may have changed).
 */
public record CallResult(Map<String, Object> reply, List<String> commands, List<String> results, String outcome,
        boolean executed) {
}
