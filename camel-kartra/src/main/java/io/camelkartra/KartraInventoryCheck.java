package io.camelkartra;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelkartra.KartraCommand.Inventory;
import io.camelkartra.KartraCommand.Use;
import io.camelkartra.internal.KartraJson;
import io.camelkartra.model.CustomField;
import io.camelkartra.model.CustomFieldDefinition;
import io.camelkartra.model.CustomFieldOption;
import io.camelkartra.model.CustomFieldType;
import io.camelkartra.model.KartraAction;
import io.camelkartra.model.KartraInventory;
import io.camelkartra.model.KartraRequest;
import io.camelkartra.model.Lead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a call against the account's inventory before it is sent, and rewrites option labels to option ids:
 * <ul>
 * <li>a tag, list or sequence name the account does not have raises the exception Kartra would answer (212, 214, 231,
 * 209, 219, 220), so no call is spent on it;</li>
 * <li>a custom field identifier the account does not have, which Kartra would drop without a word, raises a 271
 * naming it (or, when only warned about, is logged and sent);</li>
 * <li>values of drop-down, radio-button and checkbox fields may be option labels (case ignored) or ids; labels become
 * ids, and a value that is neither raises a 271 naming the field and its options.</li>
 * </ul>
 * The request given is never changed: a rewritten call is a new request with a copy of the lead. The account's
 * inventory is loaded, through the sender, when a call that needs it finds none young enough; after the call, what
 * Kartra answered may make it load again (a name Kartra denies, a custom field created).
 */
final class KartraInventoryCheck {

    private static final Logger LOG = LoggerFactory.getLogger(KartraInventoryCheck.class);
    private static final ObjectMapper MAPPER = KartraJson.mapper();

    /** A call as checked: the call to send and the inventory it was checked against (null: unchecked), or the refusal. */
    record Checked(KartraCall call, KartraInventory against, KartraException refusal) {
    }

    private final KartraInventoryCache inventory;
    private final Duration refreshInterval;
    private final boolean validateNames;
    private final boolean failOnUnknownCustomField;

    KartraInventoryCheck(KartraInventoryCache inventory, Duration refreshInterval, boolean validateNames, boolean failOnUnknownCustomField) {
        this.inventory = inventory;
        this.refreshInterval = refreshInterval;
        this.validateNames = validateNames;
        this.failOnUnknownCustomField = failOnUnknownCustomField;
    }

    /**
     * The call as it should be sent, once the inventory is at hand: loaded through {@code loader}, without blocking,
     * when the call names anything the inventory knows and the inventory is missing or older than the refresh
     * interval. A call is sent unchecked when no inventory could be loaded.
     */
    CompletableFuture<Checked> check(KartraCall call, KartraSender loader) {
        if (!concerns(call.request())) {
            return CompletableFuture.completedFuture(new Checked(call, null, null));
        }
        return inventory.get(loader, refreshInterval).thenApply(known -> {
            if (known == null) {
                return new Checked(call, null, null);
            }
            try {
                return new Checked(call.with(apply(call.request(), known)), known, null);
            } catch (KartraException e) {
                return new Checked(call, known, e);
            }
        });
    }

    /**
     * What the outcome of a checked call says about the inventory: Kartra denying a name the inventory has makes it
     * load again, once; a custom field created makes the next call that needs it load it.
     */
    void observe(Checked checked, KartraOutcome outcome, KartraSender loader) {
        if (outcome.isFailure() && checked.against() != null && isUnknownNameType(outcome.failure().getType())) {
            inventory.nameDenied(checked.against(), loader);
        } else if (!outcome.isFailure() && checked.call().commands().contains(KartraCommand.CREATE_CUSTOM_FIELD.wireName())) {
            inventory.invalidate();
        }
    }

    /** Whether the call names anything the inventory knows (so the inventory must be at hand before sending it). */
    static boolean concerns(KartraRequest request) {
        if (request.isGetLead()) {
            return false;
        }
        Lead lead = request.getLead();
        if (lead != null && lead.getCustomFields() != null && !lead.getCustomFields().isEmpty()) {
            return true;
        }
        return request.getActions().stream()
                .anyMatch(a -> KartraCommand.of(a.getCommand()).flatMap(KartraCommand::namingUse).isPresent());
    }

    /**
     * The call as it should be sent.
     *
     * @throws KartraException with Kartra's type for an unknown name, or 271 for an unknown custom field or option
     */
    KartraRequest apply(KartraRequest request, KartraInventory inventory) {
        if (validateNames) {
            List<KartraAction> actions = request.getActions();
            for (int i = 0; i < actions.size(); i++) {
                checkName(actions.get(i), i, inventory);
            }
        }
        Lead lead = request.getLead();
        if (request.isGetLead() || lead == null || lead.getCustomFields() == null || lead.getCustomFields().isEmpty()
            || !inventory.knowsCustomFields()) {
            return request;
        }
        String command = request.getCommands().isEmpty() ? null : request.getCommands().get(0);
        List<CustomField> mapped = new ArrayList<>(lead.getCustomFields().size());
        boolean changed = false;
        for (CustomField field : lead.getCustomFields()) {
            CustomField sent = customField(field, inventory, command);
            changed |= sent != field;
            mapped.add(sent);
        }
        if (!changed) {
            return request;
        }
        Lead copy = MAPPER.convertValue(lead, Lead.class);
        copy.setCustomFields(mapped);
        KartraRequest.Builder builder = KartraRequest.forLead(copy);
        request.getActions().forEach(builder::action);
        return builder.build();
    }

    private static void checkName(KartraAction action, int index, KartraInventory inventory) {
        Optional<Use> naming = KartraCommand.of(action.getCommand()).flatMap(KartraCommand::namingUse);
        if (naming.isEmpty()) {
            return;
        }
        Object value = naming.get().parameter().get(action.getParameters());
        if (value == null || value.toString().isEmpty()) {
            return;
        }
        String name = value.toString();
        Inventory kind = naming.get().inventory();
        if (!kind.has(inventory, name)) {
            Set<String> names = kind.names(inventory);
            throw notFound(naming.get().whenUnknown(), action.getCommand(), index, kind.kind() + " '" + name
                    + "' is not in the account (names: " + (names.size() <= 20 ? String.join(", ", names) : names.size() + " " + kind.kind() + "s")
                    + "); nothing was sent");
        }
    }

    private CustomField customField(CustomField field, KartraInventory inventory, String command) {
        String identifier = field.getFieldIdentifier();
        Optional<CustomFieldDefinition> definition = inventory.customField(identifier);
        if (definition.isEmpty()) {
            String known = inventory.getCustomFields().stream().map(CustomFieldDefinition::getFieldIdentifier)
                    .collect(Collectors.joining(", "));
            String problem = "custom field '" + identifier + "' does not exist in the account, and Kartra would drop its value "
                             + "without an error (fields: " + known + ")";
            if (failOnUnknownCustomField) {
                throw KartraFailures.beforeSending(KartraMessageType.WRONG_CUSTOM_FIELD_FORMAT, problem, command);
            }
            LOG.warn("Kartra {}: {}; sending it anyway (unknownCustomField=warn)", command, problem);
            return field;
        }
        CustomFieldType type = definition.get().getType();
        if (type == null || !type.hasOptions()) {
            return field;
        }
        List<CustomFieldOption> options = definition.get().getFieldValue() == null ? List.of() : definition.get().getFieldValue();
        if (field.isList()) {
            List<String> ids = new ArrayList<>(field.getOptionIds().size());
            for (String value : field.getOptionIds()) {
                ids.add(optionId(definition.get(), options, value, command));
            }
            return ids.equals(field.getOptionIds()) ? field : CustomField.options(identifier, ids);
        }
        String text = field.getText();
        if (text == null || text.isEmpty()) {
            // an empty value clears the field
            return field;
        }
        String id = optionId(definition.get(), options, text, command);
        return id.equals(text) ? field : CustomField.option(identifier, id);
    }

    private static String optionId(CustomFieldDefinition definition, List<CustomFieldOption> options, String value, String command) {
        for (CustomFieldOption option : options) {
            if (value.equals(option.getOptionId())) {
                return value;
            }
        }
        for (CustomFieldOption option : options) {
            if (option.getOptionValue() != null && option.getOptionValue().equalsIgnoreCase(value.trim())) {
                return option.getOptionId();
            }
        }
        String valid = options.stream().map(o -> o.getOptionValue() + " (" + o.getOptionId() + ")").collect(Collectors.joining(", "));
        throw KartraFailures.beforeSending(KartraMessageType.WRONG_CUSTOM_FIELD_FORMAT,
                "'" + value + "' is not an option of the " + definition.getFieldType() + " field '" + definition.getFieldIdentifier()
                                                                                    + "'; options: " + valid,
                command);
    }

    private static KartraException notFound(KartraMessageType type, String command, int index, String explanation) {
        return KartraFailures.create(new KartraException.Details(KartraErrorCategory.NOT_FOUND)
                .type(type.getCode())
                .kartraMessage(type.getMessage() + ": " + explanation)
                .command(command)
                .actionIndex(index));
    }

    /** Whether Kartra's answer of this type means that a name the call sent does not exist in the account. */
    static boolean isUnknownNameType(int type) {
        return Arrays.stream(KartraCommand.values()).flatMap(c -> c.uses().stream())
                .anyMatch(use -> use.whenUnknown() != null && use.whenUnknown().getCode() == type);
    }
}
