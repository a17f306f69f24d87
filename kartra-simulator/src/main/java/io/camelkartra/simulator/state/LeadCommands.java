package io.camelkartra.simulator.state;

import static io.camelkartra.simulator.state.Wire.number;
import static io.camelkartra.simulator.state.Wire.object;

import io.camelkartra.simulator.form.PhpArray;
import java.util.Map;
import java.util.Optional;

/**
 * {@code create_lead}, {@code edit_lead}, {@code search_lead} (§2.2). Field values come from the
 * top-level {@code lead} map. The call processor has already found the lead (or, for a chain that
 * starts with {@code create_lead}, checked that its email is free).
 */
final class LeadCommands {

    private LeadCommands() {
    }

    static void register(CommandRegistry registry) {
        registry.lead("create_lead", LeadCommands::create);
        registry.lead("edit_lead", LeadCommands::edit);
        registry.lead("search_lead", LeadCommands::search);
    }

    static ActionResult create(ActionContext ctx) {
        // A create_lead further down a chain meets the lead the call already acts on.
        if (ctx.lead() != null) {
            return ActionResult.error(Message.LEAD_EXISTS);
        }
        PhpArray input = ctx.call().leadInput();
        Optional<CustomFieldInput> customFields = CustomFieldInput.parse(ctx.data(), input);
        if (customFields.isEmpty()) {
            return ActionResult.error(Message.WRONG_CUSTOM_FIELD_FORMAT);
        }
        String email = ctx.call().accountEmail(input.text("email"));
        Lead lead = ctx.data().createLead(email);
        applyFields(lead, input);
        customFields.get().applyTo(lead);
        ctx.lead(lead);
        ctx.journal(email, true);
        return ActionResult.ok(Message.LEAD_CREATED, leadDetails(lead));
    }

    static ActionResult edit(ActionContext ctx) {
        Lead lead = ctx.lead();
        PhpArray input = ctx.call().leadInput();
        Optional<CustomFieldInput> customFields = CustomFieldInput.parse(ctx.data(), input);
        if (customFields.isEmpty()) {
            return ActionResult.error(Message.WRONG_CUSTOM_FIELD_FORMAT);
        }
        String newEmail = input.text("new_email");
        boolean changed = false;
        if (!newEmail.isEmpty()) {
            String stored = ctx.call().accountEmail(newEmail);
            if (!stored.equalsIgnoreCase(lead.email())) {
                if (!ctx.data().changeEmail(lead, stored)) {
                    return ActionResult.error(Message.LEAD_EXISTS);
                }
                changed = true;
            }
        }
        changed |= applyFields(lead, input);
        changed |= customFields.get().applyTo(lead);
        ctx.journal(lead.email(), changed);
        return ActionResult.ok(Message.LEAD_EDITED, leadDetails(lead));
    }

    static ActionResult search(ActionContext ctx) {
        return ActionResult.ok(Message.LEAD_FOUND, leadDetails(ctx.lead()));
    }

    /** Sets the writable profile fields that were sent; only sent fields change. */
    private static boolean applyFields(Lead lead, PhpArray input) {
        boolean changed = false;
        for (String field : LeadFields.WRITABLE) {
            if (input.containsKey(field)) {
                changed |= lead.setField(field, input.text(field));
            }
        }
        return changed;
    }

    private static Map<String, Object> leadDetails(Lead lead) {
        return object("lead_details", object("id", number(lead.id()), "email", lead.email()));
    }
}
