package io.camelkartra.simulator.api;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one call: the JSON reply, what each submitted action did ({@code success},
 * {@code error:NNN}, or the call-level error when none ran; shorter than the submitted commands when
 * the rest was skipped), the call's own outcome, and whether any action ran (so state may have changed).
 */
public record CallResult(Map<String, Object> reply, List<String> results, String outcome, boolean executed) {
}
