package io.camelkartra;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The operations of the {@code kartra:} endpoint: Kartra's 29 commands and its top-level {@code get_lead} request,
 * in camelCase ({@code kartra:assignTag}; Kartra's snake_case {@code kartra:assign_tag} is accepted too), plus
 * {@code upsertLead}, {@code call} (any chain of actions), {@code refreshInventory} and the consumers {@code events} and
 * {@code ipn}.
 * <p>
 * Each operation knows whether replaying it is safe: assigning a tag twice leaves the lead as once, giving points or
 * refunding twice does not. Transport failures, whose outcome is unknown, are retryable only for replay-safe
 * operations. What each Kartra command sends and returns is declared in the component's command table.
 */
public enum KartraOperation {

    getLead,
    createLead,
    editLead,
    searchLead,
    assignTag,
    unassignTag,
    retrieveAccountTags,
    subscribeLeadToList,
    unsubscribeLeadFromList,
    retrieveAccountLists,
    subscribeLeadToSequenceAtStep,
    unsubscribeLeadFromSequence,
    retrieveAccountSequences,
    givePointsToLead,
    removePointsFromLead,
    createCustomField,
    retrieveCustomFields,
    retrieveAccountPages,
    calendarSubscribe,
    calendarCancel,
    searchTransaction,
    getTransactionDetails,
    retrieveTransactionsFromLead,
    refundTransaction,
    searchSubscription,
    getSubscriptionDetails,
    retrieveSubscriptionsFromLead,
    cancelTransaction,
    modifySubscriptionStatus,
    editSubscription,
    /** Creates the lead, or edits it when it exists, with its follow-up actions; see the component docs for call counts. */
    upsertLead,
    /** Sends the {@code KartraRequest} in the body: any chain of actions for one lead, in one call. */
    call,
    /** Consumer of Kartra's Outbound API (webhook) events. */
    events,
    /** Consumer of Kartra's IPN payment notifications. */
    ipn,
    /** Loads the account inventory again now (five retrieve calls); the body becomes the {@code KartraInventory}. */
    refreshInventory;

    /** What an operation acts on. */
    public enum Scope {
        /** Kartra's top-level get_lead request. */
        GET_LEAD,
        /** One lead, identified by id or email. */
        LEAD,
        /** The account: no lead. */
        ACCOUNT,
        /** Whatever the KartraRequest body says. */
        CHAIN,
        /** Not a call: a consumer of what Kartra sends. */
        CONSUMER
    }

    /**
     * The operation with this name: camelCase ({@code assignTag}), Kartra's snake_case ({@code assign_tag}), case
     * ignored for camelCase.
     *
     * @throws IllegalArgumentException naming the valid operations
     */
    public static KartraOperation resolve(String name) {
        KartraOperation operation = name == null ? null : Names.BY_NAME.get(name.trim().toLowerCase());
        if (operation == null) {
            throw new IllegalArgumentException("Unknown Kartra operation '" + name + "'. Valid operations: "
                                               + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))
                                               + " (Kartra's snake_case command names are accepted too)");
        }
        return operation;
    }

    /** Kartra's {@code cmd} ({@code assign_tag}; {@code get_lead} for getLead), or null for operations of ours. */
    public String getCommand() {
        KartraCommand command = KartraCommand.of(this);
        return command == null ? null : command.wireName();
    }

    public Scope getScope() {
        KartraCommand command = KartraCommand.of(this);
        if (command != null) {
            return switch (command.target()) {
                case TOP_LEVEL -> Scope.GET_LEAD;
                case ACCOUNT -> Scope.ACCOUNT;
                default -> Scope.LEAD;
            };
        }
        return switch (this) {
            case upsertLead -> Scope.LEAD;
            case call -> Scope.CHAIN;
            case events, ipn -> Scope.CONSUMER;
            default -> Scope.ACCOUNT;
        };
    }

    public boolean isConsumer() {
        return this == events || this == ipn;
    }

    /**
     * Whether sending the same call twice leaves Kartra as sending it once. For {@code upsertLead} and {@code call}
     * this is the default; the actual chain decides (points make an upsert unsafe, for example).
     */
    public boolean isReplaySafe() {
        KartraCommand command = KartraCommand.of(this);
        return command == null || command.replaySafe();
    }

    /** The operation of a Kartra {@code cmd} ({@code assign_tag}), if it is one. */
    public static Optional<KartraOperation> ofCommand(String cmd) {
        return KartraCommand.of(cmd).map(KartraCommand::operation);
    }

    /** Whether replaying the Kartra command {@code cmd} is safe; unknown commands are assumed unsafe. */
    public static boolean isReplaySafe(String cmd) {
        return KartraCommand.of(cmd).map(KartraCommand::replaySafe).orElse(false);
    }

    /** The names an operation is known by, built on first use: the command table refers to the operations. */
    private static final class Names {
        static final Map<String, KartraOperation> BY_NAME = Stream.concat(
                Arrays.stream(values()).map(op -> Map.entry(op.name().toLowerCase(), op)),
                Arrays.stream(values()).filter(op -> op.getCommand() != null).map(op -> Map.entry(op.getCommand(), op)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
