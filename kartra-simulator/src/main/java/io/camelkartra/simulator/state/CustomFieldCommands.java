package io.camelkartra.simulator.state;

import static io.camelkartra.simulator.state.Wire.object;

import io.camelkartra.simulator.form.PhpArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code create_custom_field}, {@code retrieve_custom_fields} (§2.7). Checks: 265 empty, 263 bad
 * characters, 264 taken (ignoring case) or a lead field name, 269 type, then for option types 270 not
 * an array, 272 an empty option, 273 fewer than two. Options sent for text types are ignored.
 */
final class CustomFieldCommands {

    private static final Set<String> RESERVED = Set.of("id", "email", "new_email", "custom_fields", "tags", "lists",
            "sequences", "score", "date_joined");

    private CustomFieldCommands() {
    }

    static void register(CommandRegistry registry) {
        registry.account("create_custom_field", CustomFieldCommands::create);
        registry.accountList("retrieve_custom_fields", ctx -> ActionResult.data(object("custom_fields",
                ctx.data().customFields().stream().map(CustomFieldJson::definition).toList())));
    }

    static ActionResult create(ActionContext ctx) {
        String identifier = ctx.param("custom_field_identifier");
        if (identifier.isEmpty()) {
            return ActionResult.error(Message.FIELD_EMPTY);
        }
        if (!identifier.matches("[A-Za-z0-9_-]+")) {
            return ActionResult.error(Message.FIELD_NAME_INVALID);
        }
        if (ctx.data().customField(identifier).isPresent() || RESERVED.contains(identifier.toLowerCase(Locale.ROOT))
                || LeadFields.isKnown(identifier.toLowerCase(Locale.ROOT))) {
            return ActionResult.error(Message.FIELD_EXISTS);
        }
        Optional<CustomFieldType> type = CustomFieldType.fromWireName(ctx.param("custom_field_type"));
        if (type.isEmpty()) {
            return ActionResult.error(Message.FIELD_TYPE_INVALID);
        }
        List<String> options = new ArrayList<>();
        if (type.get().hasOptions()) {
            if (!(ctx.rawParam("custom_field_options") instanceof PhpArray entries)) {
                return ActionResult.error(Message.OPTIONS_NOT_ARRAY);
            }
            for (Object entry : entries.entries().values()) {
                String name = entry instanceof PhpArray option ? option.text("option_name") : "";
                if (name.isBlank()) {
                    return ActionResult.error(Message.OPTION_EMPTY);
                }
                options.add(name);
            }
            if (options.size() < 2) {
                return ActionResult.error(Message.TOO_FEW_OPTIONS);
            }
        }
        ctx.data().addCustomField(identifier, type.get(), options);
        return ActionResult.ok(Message.CUSTOM_FIELD_CREATED);
    }
}
