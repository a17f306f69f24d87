package io.camelkartra.simulator.api;

import io.camelkartra.simulator.api.commands.CalendarCommands;
import io.camelkartra.simulator.api.commands.CustomFieldCommands;
import io.camelkartra.simulator.api.commands.LeadCommands;
import io.camelkartra.simulator.api.commands.ListCommands;
import io.camelkartra.simulator.api.commands.PageCommands;
import io.camelkartra.simulator.api.commands.ScoringCommands;
import io.camelkartra.simulator.api.commands.SequenceCommands;
import io.camelkartra.simulator.api.commands.SubscriptionCommands;
import io.camelkartra.simulator.api.commands.TagCommands;
import io.camelkartra.simulator.api.commands.TransactionCommands;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code cmd} values the simulator knows: all 29 of kartra-api.md §2.1. */
public final class CommandRegistry {

    private final Map<String, CommandSpec> commands = new LinkedHashMap<>();

    public static CommandRegistry kartra() {
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
    public void lead(String name, Command command) {
        add(new CommandSpec(name, true, false, command));
    }

    /** An account-level command (no lead needed). */
    public void account(String name, Command command) {
        add(new CommandSpec(name, false, false, command));
    }

    /** An account-level list command whose data is also put at the top level of the reply. */
    public void accountList(String name, Command command) {
        add(new CommandSpec(name, false, true, command));
    }

    private void add(CommandSpec spec) {
        if (commands.putIfAbsent(spec.name(), spec) != null) {
            throw new IllegalStateException("duplicate command " + spec.name());
        }
    }

    public Optional<CommandSpec> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    public Set<String> names() {
        return commands.keySet();
    }
}
