package io.camelkartra.simulator.state;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The names of a lead's profile fields (kartra-api.md §5.1, §5.2). */
final class LeadFields {

    /** What {@code create_lead} and {@code edit_lead} may set, besides {@code email} and {@code custom_fields}. */
    static final List<String> WRITABLE = List.of("phone", "phone_country_code", "first_name", "middle_name",
            "last_name", "last_name2", "ip", "address", "zip", "city", "state", "country", "company", "lead_picture",
            "website", "facebook", "twitter", "linkedin", "lead_preferred_time_zone", "sales_tax_id", "business_type");

    /** Fields Kartra sets itself, with the value an API-created lead starts with; seeds may set them. */
    static final Map<String, String> SYSTEM_DEFAULTS = Map.ofEntries(
            Map.entry("ip_country", ""), Map.entry("source", "api"), Map.entry("source_id", "0"), Map.entry("notes", ""),
            Map.entry("blacklisted", "0"), Map.entry("gdpr_lead_status", "0"), Map.entry("gdpr_lead_status_date", ""),
            Map.entry("gdpr_lead_status_ip", ""), Map.entry("gdpr_lead_communications", "0"),
            Map.entry("referring_id", "0"), Map.entry("google_plus", ""), Map.entry("username", ""));

    /**
     * Every field's position in a lead's array of values: the writable ones, then the system ones, so that the
     * fields an API-made lead usually has (name, phone, company) come first and its array stays short.
     */
    private static final Map<String, Integer> POSITIONS = positions();

    private LeadFields() {
    }

    private static Map<String, Integer> positions() {
        Map<String, Integer> positions = new HashMap<>();
        Stream.concat(WRITABLE.stream(), SYSTEM_DEFAULTS.keySet().stream().sorted())
                .forEach(name -> positions.put(name, positions.size()));
        return Map.copyOf(positions);
    }

    /** The field's position in a lead's array of values, or -1 for a name that is no field. */
    static int position(String name) {
        return POSITIONS.getOrDefault(name, -1);
    }

    /** The value a field has until it is set: the system default, else {@code ""}. */
    static String defaultValue(String name) {
        return SYSTEM_DEFAULTS.getOrDefault(name, "");
    }

    static boolean isKnown(String name) {
        return POSITIONS.containsKey(name);
    }
}
