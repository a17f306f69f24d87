package io.camelkartra.simulator.state;

import static io.camelkartra.simulator.state.Wire.object;

import java.util.Optional;

/**
 * {@code subscribe_lead_to_sequence_at_step}, {@code unsubscribe_lead_from_sequence},
 * {@code retrieve_account_sequences} (§2.5). Checks in the documented order 226, 225, 219, 229, 230.
 * A step is the box number {@code 1..steps}; "1a" is alphanumeric but no step (230), "1.5" is 229.
 */
final class SequenceCommands {

    private SequenceCommands() {
    }

    static void register(CommandRegistry registry) {
        registry.lead("subscribe_lead_to_sequence_at_step", SequenceCommands::subscribe);
        registry.lead("unsubscribe_lead_from_sequence", new NamedChange<Sequence>("sequence_name", Message.SEQUENCE_EMPTY,
                Message.SEQUENCE_UNKNOWN_ON_UNSUBSCRIBE, AccountData::sequence, Sequence::name, Lead::unsubscribe,
                OutboundAction.SEQUENCE_UNSUBSCRIPTION, Message.REMOVED_FROM_SEQUENCE));
        registry.accountList("retrieve_account_sequences",
                ctx -> ActionResult.data(object("account_sequences", ctx.data().sequences().stream().map(Sequence::name).toList())));
    }

    static ActionResult subscribe(ActionContext ctx) {
        String name = ctx.param("sequence_name");
        String step = ctx.param("step");
        if (name.isEmpty()) {
            return ActionResult.error(Message.SEQUENCE_EMPTY);
        }
        if (step.isEmpty()) {
            return ActionResult.error(Message.STEP_EMPTY);
        }
        Optional<Sequence> sequence = ctx.data().sequence(name);
        if (sequence.isEmpty()) {
            return ActionResult.error(Message.SEQUENCE_UNKNOWN_ON_SUBSCRIBE);
        }
        if (!step.matches("[A-Za-z0-9]+")) {
            return ActionResult.error(Message.STEP_NOT_ALPHANUMERIC);
        }
        if (!step.matches("\\d{1,9}") || !sequence.get().hasStep(Integer.parseInt(step))) {
            return ActionResult.error(Message.STEP_UNKNOWN);
        }
        boolean changed = ctx.lead().subscribe(sequence.get(), Integer.parseInt(step));
        ctx.journal(sequence.get().name() + "#" + Integer.parseInt(step), changed);
        if (changed) {
            ctx.emit(OutboundAction.SEQUENCE_SUBSCRIPTION, sequence.get());
        }
        return ActionResult.ok(Message.ADDED_TO_SEQUENCE);
    }
}
