package io.camelkartra.simulator.state;

/**
 * A registered command: whether it acts on the call's lead (then the call must identify one), and
 * whether its data also goes to the top level of the reply (the account-list commands).
 */
record CommandSpec(String name, boolean leadScoped, boolean dataAtTopLevel, Command command) {
}
