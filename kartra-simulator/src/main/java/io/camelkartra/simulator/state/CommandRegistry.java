package io.camelkartra.simulator.state;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code cmd} values the simulator knows: all 29 of kartra-api.md §2.1. */
final class CommandRegistry {

    private final Map<String, CommandSpec> commands = new LinkedHashMap<>();

    static CommandRegistry kartra() {
        CommandRegistry registry = new CommandRegistry();
        LeadCommands.register(registry);
        TagCommands.register(registry);
        ListCommands.register(registry);
        SequenceCommands.register(registry);
        ScoringCommands.register(registry);
        CustomFieldCommands.register(registry);
        PageCommands.register(registry);
        CalendarCommands.register(registry);
        TransactionCommands.register(registry);
        SubscriptionCommands.register(registry);
        return registry;
    }

    /** A command acting on the call's lead. */
    void lead(String name, Command command) {
        add(new CommandSpec(name, true, false, command));
    }

    /** An account-level command (no lead needed). */
    void account(String name, Command command) {
        add(new CommandSpec(name, false, false, command));
    }

    /** An account-level list command whose data is also put at the top level of the reply. */
    void accountList(String name, Command command) {
        add(new CommandSpec(name, false, true, command));
    }

    private void add(CommandSpec spec) {
        if (commands.putIfAbsent(spec.name(), spec) != null) {
            throw new IllegalStateException("duplicate command " + spec.name());
        }
    }

    Optional<CommandSpec> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    Set<String> names() {
        return commands.keySet();
    }
}
