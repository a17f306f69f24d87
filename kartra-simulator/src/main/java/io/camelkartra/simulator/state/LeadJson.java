package io.camelkartra.simulator.state;

import static io.camelkartra.simulator.state.Wire.number;
import static io.camelkartra.simulator.state.Wire.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A lead as Kartra shows it: {@code lead_details} of {@code get_lead} (§5.2) and the {@code lead} of webhooks (§7.1). */
final class LeadJson {

    private static final List<String> DETAILS_PROFILE = List.of("first_name", "middle_name", "last_name", "last_name2");
    private static final List<String> DETAILS_CONTACT = List.of("phone_country_code", "phone", "ip", "ip_country",
            "address", "zip", "city", "state", "country", "company", "sales_tax_id", "lead_picture");
    private static final List<String> DETAILS_SOCIAL = List.of("source", "source_id", "website", "facebook", "twitter",
            "linkedin", "lead_preferred_time_zone", "notes", "blacklisted", "gdpr_lead_status", "gdpr_lead_status_date",
            "gdpr_lead_status_ip", "gdpr_lead_communications", "referring_id", "business_type");
    private static final List<String> WEBHOOK_FIELDS = List.of("first_name", "middle_name", "last_name", "last_name2",
            "email", "phone_country_code", "phone", "company", "address", "city", "zip", "state", "country", "date_joined",
            "website", "ip", "ip_country", "facebook", "twitter", "linkedin", "google_plus", "sales_tax_id", "lead_picture",
            "source", "score", "lead_deleted", "lead_deleted_date", "referring_id", "blacklisted", "source_id",
            "gdpr_lead_status", "gdpr_lead_status_date", "gdpr_lead_status_ip", "gdpr_lead_communications",
            "lead_preferred_time_zone");

    private LeadJson() {
    }

    /** {@code lead_details}: profile, every account custom field (empty ones too), tags, lists, sequences, memberships. */
    static Map<String, Object> details(AccountData data, Lead lead) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", number(lead.id()));
        DETAILS_PROFILE.forEach(f -> out.put(f, lead.field(f)));
        out.put("email", lead.email());
        out.put("date_joined", KartraTime.format(lead.dateJoined()));
        DETAILS_CONTACT.forEach(f -> out.put(f, lead.field(f)));
        out.put("score", number(lead.score()));
        DETAILS_SOCIAL.forEach(f -> out.put(f, lead.field(f)));
        out.put("custom_fields", customFields(data, lead));
        out.put("tags", lead.tags().stream().map(LeadJson::tag).toList());
        out.put("lists", lead.lists().stream().map(LeadJson::list).toList());
        out.put("sequences", lead.sequences().stream().map(LeadJson::sequence).toList());
        out.put("memberships", lead.memberships().stream().map(LeadJson::membership).toList());
        return out;
    }

    /** The {@code lead} object of every Outbound API event; numbers as strings as in Kartra's example. */
    static Map<String, Object> webhook(AccountData data, Lead lead) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", number(lead.id()));
        for (String field : WEBHOOK_FIELDS) {
            out.put(field, switch (field) {
                case "email" -> lead.email();
                case "date_joined" -> KartraTime.format(lead.dateJoined());
                case "score" -> number(lead.score());
                case "lead_deleted" -> lead.deleted() ? "1" : "0";
                case "lead_deleted_date" -> lead.deleted() ? KartraTime.format(lead.deletedAt()) : "";
                default -> lead.field(field);
            });
        }
        out.put("custom_fields", customFields(data, lead));
        return out;
    }

    /** Every custom field of the account with this lead's value: a string, or a list of {option_id, option_value}. */
    static List<Map<String, Object>> customFields(AccountData data, Lead lead) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CustomField field : data.customFields()) {
            Object value = lead.customFieldValue(field).orElse(null);
            Object wireValue;
            if (!field.type().hasOptions()) {
                wireValue = value == null ? "" : value;
            } else {
                List<Long> ids = value == null ? List.of() : value instanceof Long id ? List.of(id) : castIds(value);
                List<Map<String, Object>> options = new ArrayList<>();
                ids.forEach(id -> field.option(id).ifPresent(o -> options.add(option(o))));
                wireValue = options;
            }
            out.add(object("field_id", number(field.id()), "field_identifier", field.identifier(),
                    "field_type", field.type().wireName(), "field_value", wireValue));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Long> castIds(Object value) {
        return (List<Long>) value;
    }

    static Map<String, Object> option(FieldOption option) {
        return object("option_id", number(option.id()), "option_value", option.value());
    }

    private static Map<String, Object> tag(Tag tag) {
        return object("tag_name", tag.name());
    }

    private static Map<String, Object> list(ListSubscription subscription) {
        return object("list_id", number(subscription.list().id()), "list_name", subscription.list().name(),
                "active", subscription.active() ? "1" : "0");
    }

    private static Map<String, Object> sequence(SequenceSubscription subscription) {
        return object("sequence_id", number(subscription.sequence().id()), "sequence_name", subscription.sequence().name(),
                "step", number(subscription.step()), "status", subscription.active() ? "active" : "unsubscribed");
    }

    private static Map<String, Object> membership(MembershipAccess access) {
        return object("membership_id", number(access.membership().id()), "membership_name", access.membership().name(),
                "level_id", number(access.level().id()), "level_name", access.level().name(),
                "active", access.active() ? "1" : "0", "granted_at", KartraTime.format(access.grantedAt()));
    }
}
