package io.camelkartra.simulator.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lead to put into an account directly (no API call, no outbound event): profile fields, tags,
 * lists, sequences with steps, score, custom field values (text, or option values/ids; a list for
 * checkbox), membership levels and whether it is deleted. Every named object must exist already.
 */
public final class LeadSeed {

    final String email;
    final Map<String, String> fields = new LinkedHashMap<>();
    final List<String> tags = new ArrayList<>();
    final List<String> lists = new ArrayList<>();
    final Map<String, Integer> sequences = new LinkedHashMap<>();
    final Map<String, Object> customFields = new LinkedHashMap<>();
    final Map<String, String> memberships = new LinkedHashMap<>();
    long score;
    boolean deleted;

    private LeadSeed(String email) {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("a lead needs an email");
        }
        this.email = email;
    }

    public static LeadSeed email(String email) {
        return new LeadSeed(email);
    }

    /** Any profile field of {@link LeadFields} by its wire name. */
    public LeadSeed field(String name, String value) {
        if (!LeadFields.isKnown(name)) {
            throw new IllegalArgumentException("unknown lead field: " + name);
        }
        fields.put(name, value);
        return this;
    }

    public LeadSeed name(String firstName, String lastName) {
        return field("first_name", firstName).field("last_name", lastName);
    }

    public LeadSeed tags(String... names) {
        tags.addAll(List.of(names));
        return this;
    }

    public LeadSeed lists(String... names) {
        lists.addAll(List.of(names));
        return this;
    }

    public LeadSeed sequence(String name, int step) {
        sequences.put(name, step);
        return this;
    }

    public LeadSeed score(long points) {
        score = points;
        return this;
    }

    /** A text value, an option value or id, or (for checkbox) a {@code List<String>} of them. */
    public LeadSeed customField(String identifier, Object value) {
        customFields.put(identifier, value);
        return this;
    }

    public LeadSeed membership(String membership, String level) {
        memberships.put(membership, level);
        return this;
    }

    public LeadSeed deleted(boolean value) {
        deleted = value;
        return this;
    }
}
