package io.camelkartra.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a call's {@code actions[]}: a Kartra {@code cmd} and its parameters, sent in the order they were added
 * ({@code actions[N][cmd]=assign_tag&actions[N][tag_name]=VIP}). Values are texts, numbers, or lists and maps of them
 * (sent with PHP's nested-key notation).
 */
public final class KartraAction {

    private final String command;
    private final Map<String, Object> parameters;

    private KartraAction(String command, Map<String, Object> parameters) {
        this.command = command;
        this.parameters = Collections.unmodifiableMap(parameters);
    }

    /** An action without parameters ({@code create_lead}, {@code retrieve_account_tags}). */
    public static KartraAction of(String command) {
        return new KartraAction(requireCommand(command), new LinkedHashMap<>());
    }

    /** An action with parameters, kept in the map's iteration order. */
    public static KartraAction of(String command, Map<String, ?> parameters) {
        return new KartraAction(requireCommand(command), new LinkedHashMap<>(parameters));
    }

    /** A copy with one more parameter; a null value leaves the parameter out, as PHP does. */
    public KartraAction with(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(parameters);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(Objects.requireNonNull(name, "name"), value);
        }
        return new KartraAction(command, copy);
    }

    private static String requireCommand(String command) {
        if (command == null || command.isBlank()) {
            throw new IllegalArgumentException("An action needs a cmd");
        }
        return command;
    }

    /** Kartra's {@code cmd} ({@code assign_tag}). */
    public String getCommand() {
        return command;
    }

    /** The parameters by Kartra's names, in sending order. */
    public Map<String, Object> getParameters() {
        return parameters;
    }

    @Override
    public String toString() {
        return "KartraAction[" + command + " " + parameters.keySet() + "]";
    }
}
