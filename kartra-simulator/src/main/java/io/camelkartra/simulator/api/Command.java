package io.camelkartra.simulator.api;

/** One Kartra {@code cmd}: validates its parameters and applies itself to the account. */
@FunctionalInterface
public interface Command {

    ActionResult run(ActionContext context);
}
