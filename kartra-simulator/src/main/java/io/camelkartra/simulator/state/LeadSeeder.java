package io.camelkartra.simulator.state;

import java.util.ArrayList;
import java.util.List;

/** Applies a {@link LeadSeed} to an account. */
final class LeadSeeder {

    private LeadSeeder() {
    }

    static Lead apply(AccountData data, LeadSeed seed) {
        Lead lead = data.createLead(seed.email);
        seed.fields.forEach(lead::setField);
        seed.tags.forEach(name -> lead.addTag(data.tag(name).orElseThrow(() -> unknown("tag", name))));
        seed.lists.forEach(name -> lead.subscribe(data.list(name).orElseThrow(() -> unknown("list", name))));
        seed.sequences.forEach((name, step) -> {
            Sequence sequence = data.sequence(name).orElseThrow(() -> unknown("sequence", name));
            if (!sequence.hasStep(step)) {
                throw new IllegalArgumentException("sequence " + name + " has no step " + step);
            }
            lead.subscribe(sequence, step);
        });
        lead.addPoints(seed.score, null);
        seed.customFields.forEach((identifier, value) -> {
            CustomField field = data.customField(identifier).orElseThrow(() -> unknown("custom field", identifier));
            lead.setCustomFieldValue(field, customValue(field, value));
        });
        seed.memberships.forEach((name, levelName) -> {
            Membership membership = data.membership(name).orElseThrow(() -> unknown("membership", name));
            MembershipLevel level = membership.levelNamed(levelName).orElseThrow(() -> unknown("membership level", levelName));
            lead.setMembership(membership, level, true, data.now());
        });
        if (seed.deleted) {
            data.delete(lead);
        }
        return lead;
    }

    private static Object customValue(CustomField field, Object value) {
        if (!field.type().hasOptions()) {
            return String.valueOf(value);
        }
        if (field.type() == CustomFieldType.CHECKBOX) {
            List<Long> ids = new ArrayList<>();
            for (Object each : value instanceof List<?> values ? values : List.of(value)) {
                ids.add(optionId(field, String.valueOf(each)));
            }
            return ids;
        }
        return optionId(field, String.valueOf(value));
    }

    private static long optionId(CustomField field, String valueOrId) {
        return field.optionByValueOrId(valueOrId).orElseThrow(() -> unknown(field.identifier() + " option", valueOrId)).id();
    }

    private static IllegalArgumentException unknown(String what, String name) {
        return new IllegalArgumentException("no " + what + " named " + name);
    }
}
