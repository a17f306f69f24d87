package io.camelkartra.simulator.state;

import java.util.List;
import java.util.Map;

/**
 * An immutable snapshot of a lead for tests and the admin API. {@code lists} and {@code sequences}
 * hold only active subscriptions (sequence name → step); {@code customFieldValues} maps identifiers
 * to a string (text fields), an option value (drop-down, radio) or a list of option values (checkbox).
 */
public record LeadView(long id, String email, Map<String, String> fields, long score, boolean deleted, List<String> tags,
        List<String> lists, Map<String, Integer> sequences, Map<String, Object> customFieldValues, List<String> memberships,
        List<String> calendarClasses, List<JournalEntry> journal) {

    public String firstName() {
        return fields.getOrDefault("first_name", "");
    }

    public String lastName() {
        return fields.getOrDefault("last_name", "");
    }

    /** The journal entries of one command, e.g. to prove points were given once. */
    public List<JournalEntry> journal(String cmd) {
        return journal.stream().filter(e -> e.cmd().equals(cmd)).toList();
    }
}
