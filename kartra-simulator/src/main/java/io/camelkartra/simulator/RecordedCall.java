package io.camelkartra.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One call to {@code /api} and how it ended: the {@link RecordedRequest request} (credentials masked), the HTTP
 * status the client got (0 when it got none: a reset or a hang), the {@link Outcome outcome}, the message type of
 * Kartra's reply, whether the command ran, the {@link Reply} that replaced Kartra's (queued or from the fault plan)
 * and, for each submitted action, what the client got and what Kartra did.
 *
 * @param sequence    the call's number since the last {@code clear()}, in the order calls were recorded (when the
 *                    reply was decided, just before it was sent)
 * @param messageType the {@code type} of the reply Kartra made, even if a fault kept it from the client; 0 when
 *                    Kartra made none (nothing ran) or it has none (a chain's top level, {@code get_lead})
 * @param commandRan  whether any action ran, so the state may have changed
 * @param injected    the queued or planned reply that replaced Kartra's, if any
 * @param actions     one per submitted command ({@code get_lead} included), in order; empty when none was submitted
 */
public record RecordedCall(long sequence, Instant at, RecordedRequest request, int status, Outcome outcome, int messageType,
        boolean commandRan, Optional<Reply> injected, List<Action> actions) {

    public RecordedCall {
        actions = List.copyOf(actions);
    }

    /**
     * One submitted action: its {@code cmd}, what the client got ({@code outcome}: the call's own, or for an intact
     * reply this action's), what Kartra did ({@code result}: {@link Outcome#SUCCESS}, {@link Outcome#KARTRA_ERROR}
     * or {@link Outcome#NOT_RUN}), and the message type of Kartra's answer for it (0 when none).
     */
    public record Action(String cmd, Outcome outcome, Outcome result, int messageType) {
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("#").append(sequence).append(' ').append(request.commands()).append(" -> ")
                .append(outcome);
        if (messageType != 0) {
            text.append(' ').append(messageType);
        }
        text.append(" (HTTP ").append(status).append(')');
        injected.ifPresent(reply -> text.append(" by ").append(reply));
        return text.toString();
    }
}
