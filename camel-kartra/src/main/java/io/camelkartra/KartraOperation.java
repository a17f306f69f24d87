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
 * operations.
 */
public enum KartraOperation {

    getLead("get_lead", Scope.GET_LEAD, true),
    createLead("create_lead", Scope.LEAD, false),
    editLead("edit_lead", Scope.LEAD, true),
    searchLead("search_lead", Scope.LEAD, true),
    assignTag("assign_tag", Scope.LEAD, true),
    unassignTag("unassign_tag", Scope.LEAD, true),
    retrieveAccountTags("retrieve_account_tags", Scope.ACCOUNT, true),
    subscribeLeadToList("subscribe_lead_to_list", Scope.LEAD, true),
    unsubscribeLeadFromList("unsubscribe_lead_from_list", Scope.LEAD, true),
    retrieveAccountLists("retrieve_account_lists", Scope.ACCOUNT, true),
    subscribeLeadToSequenceAtStep("subscribe_lead_to_sequence_at_step", Scope.LEAD, true),
    unsubscribeLeadFromSequence("unsubscribe_lead_from_sequence", Scope.LEAD, true),
    retrieveAccountSequences("retrieve_account_sequences", Scope.ACCOUNT, true),
    givePointsToLead("give_points_to_lead", Scope.LEAD, false),
    removePointsFromLead("remove_points_from_lead", Scope.LEAD, false),
    createCustomField("create_custom_field", Scope.ACCOUNT, false),
    retrieveCustomFields("retrieve_custom_fields", Scope.ACCOUNT, true),
    retrieveAccountPages("retrieve_account_pages", Scope.ACCOUNT, true),
    calendarSubscribe("calendar_subscribe", Scope.LEAD, false),
    calendarCancel("calendar_cancel", Scope.LEAD, false),
    searchTransaction("search_transaction", Scope.ACCOUNT, true),
    getTransactionDetails("get_transaction_details", Scope.ACCOUNT, true),
    retrieveTransactionsFromLead("retrieve_transactions_from_lead", Scope.LEAD, true),
    refundTransaction("refund_transaction", Scope.ACCOUNT, false),
    searchSubscription("search_subscription", Scope.ACCOUNT, true),
    getSubscriptionDetails("get_subscription_details", Scope.ACCOUNT, true),
    retrieveSubscriptionsFromLead("retrieve_subscriptions_from_lead", Scope.LEAD, true),
    cancelTransaction("cancel_transaction", Scope.ACCOUNT, false),
    modifySubscriptionStatus("modify_subscription_status", Scope.ACCOUNT, false),
    editSubscription("edit_subscription", Scope.ACCOUNT, true),
    /** Creates the lead, or edits it when it exists, with its follow-up actions; see the component docs for call counts. */
    upsertLead(null, Scope.LEAD, true),
    /** Sends the {@code KartraRequest} in the body: any chain of actions for one lead, in one call. */
    call(null, Scope.CHAIN, true),
    /** Consumer of Kartra's Outbound API (webhook) events. */
    events(null, Scope.CONSUMER, true),
    /** Consumer of Kartra's IPN payment notifications. */
    ipn(null, Scope.CONSUMER, true),
    /** Loads the account inventory again now (five retrieve calls); the body becomes the {@code KartraInventory}. */
    refreshInventory(null, Scope.ACCOUNT, true);


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

    private static final Map<String, KartraOperation> BY_NAME = Stream.concat(
            Arrays.stream(values()).map(op -> Map.entry(op.name().toLowerCase(), op)),
            Arrays.stream(values()).filter(op -> op.command != null).map(op -> Map.entry(op.command, op)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private static final Map<String, KartraOperation> BY_COMMAND = Arrays.stream(values())
            .filter(op -> op.command != null)
            .collect(Collectors.toUnmodifiableMap(op -> op.command, op -> op));

    private final String command;
    private final Scope scope;
    private final boolean replaySafe;

    KartraOperation(String command, Scope scope, boolean replaySafe) {
        this.command = command;
        this.scope = scope;
        this.replaySafe = replaySafe;
    }

    /**
     * The operation with this name: camelCase ({@code assignTag}), Kartra's snake_case ({@code assign_tag}), case
     * ignored for camelCase.
     *
     * @throws IllegalArgumentException naming the valid operations
     */
    public static KartraOperation resolve(String name) {
        KartraOperation operation = name == null ? null : BY_NAME.get(name.trim().toLowerCase());
        if (operation == null) {
            throw new IllegalArgumentException("Unknown Kartra operation '" + name + "'. Valid operations: "
                                               + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))
                                               + " (Kartra's snake_case command names are accepted too)");
        }
        return operation;
    }

    /** Kartra's {@code cmd} ({@code assign_tag}; {@code get_lead} for getLead), or null for operations of ours. */
    public String getCommand() {
        return command;
    }

    public Scope getScope() {
        return scope;
    }

    /** Whether the operation calls Kartra about one lead (and so needs a lead email or id). */
    public boolean isLeadScoped() {
        return scope == Scope.LEAD || scope == Scope.GET_LEAD;
    }

    public boolean isConsumer() {
        return scope == Scope.CONSUMER;
    }

    /**
     * Whether sending the same call twice leaves Kartra as sending it once. For {@code upsertLead} and {@code call}
     * this is the default; the actual chain decides (points make an upsert unsafe, for example).
     */
    public boolean isReplaySafe() {
        return replaySafe;
    }

    /** The operation of a Kartra {@code cmd} ({@code assign_tag}), if it is one. */
    public static Optional<KartraOperation> ofCommand(String cmd) {
        return Optional.ofNullable(BY_COMMAND.get(cmd));
    }

    /** Whether replaying the Kartra command {@code cmd} is safe; unknown commands are assumed unsafe. */
    public static boolean isReplaySafe(String cmd) {
        KartraOperation operation = BY_COMMAND.get(cmd);
        return operation != null && operation.replaySafe;
    }
}
