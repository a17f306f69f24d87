package io.camelkartra.simulator.state;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A developer's App as Kartra checks it on every call: {@code app_id}, active flag (239), the developer
 * account's active flag (240), mode (§9), source IP allow-list (242, empty = any IP; entries are
 * addresses or CIDR ranges) and the commands it may run (262, empty = all; {@code get_lead} counts as
 * a command). Immutable: change an App with the {@code with…} methods and {@link SimulatorState#putApp}.
 */
public record App(String appId, boolean active, boolean ownerActive, AppMode mode, List<String> allowedIps,
        Set<String> allowedCommands) {

    public App {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(mode, "mode");
        allowedIps = List.copyOf(allowedIps);
        allowedCommands = Set.copyOf(allowedCommands);
        allowedIps.forEach(IpRange::parse);
    }

    /** An active, live App with no IP or command restriction. */
    public static App of(String appId) {
        return new App(appId, true, true, AppMode.LIVE, List.of(), Set.of());
    }

    public App withActive(boolean value) {
        return new App(appId, value, ownerActive, mode, allowedIps, allowedCommands);
    }

    public App withOwnerActive(boolean value) {
        return new App(appId, active, value, mode, allowedIps, allowedCommands);
    }

    public App withMode(AppMode value) {
        return new App(appId, active, ownerActive, value, allowedIps, allowedCommands);
    }

    public App withAllowedIps(String... ips) {
        return new App(appId, active, ownerActive, mode, List.of(ips), allowedCommands);
    }

    public App withAllowedCommands(String... commands) {
        return new App(appId, active, ownerActive, mode, allowedIps, Set.of(commands));
    }

    public boolean allowsIp(InetAddress source) {
        return allowedIps.isEmpty() || allowedIps.stream().anyMatch(range -> IpRange.parse(range).contains(source));
    }

    public boolean allowsCommand(String cmd) {
        return allowedCommands.isEmpty() || allowedCommands.contains(cmd);
    }
}
