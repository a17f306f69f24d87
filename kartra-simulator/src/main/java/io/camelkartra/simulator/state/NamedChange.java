package io.camelkartra.simulator.state;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The shape of the commands that add a lead to, or remove it from, something addressed by name (a
 * tag, a list, a sequence): an empty name is one error, an unknown name another; the change is
 * journaled, and only a real change sends the outbound event.
 */
record NamedChange<T>(String param, Message empty, Message unknown, BiFunction<AccountData, String, Optional<T>> find,
        Function<T, String> name, BiPredicate<Lead, T> change, OutboundAction event, Message success) implements Command {

    @Override
    public ActionResult run(ActionContext ctx) {
        String requested = ctx.param(param);
        if (requested.isEmpty()) {
            return ActionResult.error(empty);
        }
        Optional<T> target = find.apply(ctx.data(), requested);
        if (target.isEmpty()) {
            return ActionResult.error(unknown);
        }
        boolean changed = change.test(ctx.lead(), target.get());
        ctx.journal(name.apply(target.get()), changed);
        if (changed) {
            ctx.emit(event, target.get());
        }
        return ActionResult.ok(success);
    }
}
