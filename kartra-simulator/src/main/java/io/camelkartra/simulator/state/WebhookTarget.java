package io.camelkartra.simulator.state;

import java.util.Objects;
import java.util.Set;

/**
 * An Outbound API URL: receives the events whose {@code action} is in {@code actions} (all when
 * empty) from the account with {@code apiKey} (every account when null).
 */
public record WebhookTarget(String url, Set<String> actions, String apiKey) {

    public WebhookTarget {
        Objects.requireNonNull(url, "url");
        actions = Set.copyOf(actions);
    }

    boolean accepts(String accountKey, String action) {
        return (apiKey == null || apiKey.equals(accountKey)) && (actions.isEmpty() || actions.contains(action));
    }
}
