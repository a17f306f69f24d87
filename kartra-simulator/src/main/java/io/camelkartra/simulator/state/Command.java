package io.camelkartra.simulator.state;

/** One Kartra {@code cmd}: validates its parameters and applies itself to the account. */
@FunctionalInterface
interface Command {

    ActionResult run(ActionContext context);
}
