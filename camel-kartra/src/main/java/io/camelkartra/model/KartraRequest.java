package io.camelkartra.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One Kartra call: the lead it acts on (identity and, for create and edit, field values) and an ordered chain of
 * actions, all applied to that lead in one HTTP request. This is the body of the {@code kartra:call} operation.
 *
 * <pre>{@code
 * KartraRequest request = KartraRequest.forLead(lead)
 *         .createLead()
 *         .assignTag("VIP")
 *         .subscribeLeadToList("Newsletter")
 *         .build();
 * }</pre>
 *
 * Kartra requires {@code create_lead}, {@code edit_lead} and {@code search_lead} to come first in a chain; the builder
 * refuses them anywhere else. Account-level commands ({@code retrieve_account_tags}, transaction and subscription
 * commands) use {@link #forAccount()}.
 */
public final class KartraRequest {

    private final Lead lead;
    private final boolean getLead;
    private final List<KartraAction> actions;

    private KartraRequest(Lead lead, boolean getLead, List<KartraAction> actions) {
        this.lead = lead;
        this.getLead = getLead;
        this.actions = Collections.unmodifiableList(actions);
    }

    /** A chain acting on this lead (its identity, plus its fields for create and edit). */
    public static Builder forLead(Lead lead) {
        return new Builder(Objects.requireNonNull(lead, "lead"));
    }

    /** A chain acting on the lead with this email. */
    public static Builder forLeadEmail(String email) {
        return forLead(Lead.ofEmail(Objects.requireNonNull(email, "email")));
    }

    /** A chain acting on the lead with this Kartra id. */
    public static Builder forLeadId(String id) {
        return forLead(Lead.ofId(Objects.requireNonNull(id, "id")));
    }

    /** A chain of account-level commands (no lead). */
    public static Builder forAccount() {
        return new Builder(null);
    }

    /** Kartra's top-level {@code get_lead} request for the lead identified by email or id. */
    public static KartraRequest getLead(Lead identity) {
        return new KartraRequest(Objects.requireNonNull(identity, "identity"), true, List.of());
    }

    /** The lead this call acts on, or null for account-level calls. */
    public Lead getLead() {
        return lead;
    }

    /** Whether this is a top-level {@code get_lead} request rather than a chain of actions. */
    public boolean isGetLead() {
        return getLead;
    }

    /** The actions, in sending order. */
    public List<KartraAction> getActions() {
        return actions;
    }

    /** The {@code cmd} of each action, in order; {@code get_lead} for a get_lead request. */
    public List<String> getCommands() {
        if (getLead) {
            return List.of("get_lead");
        }
        List<String> commands = new ArrayList<>(actions.size());
        actions.forEach(a -> commands.add(a.getCommand()));
        return commands;
    }

    @Override
    public String toString() {
        return "KartraRequest[" + (lead == null ? "account" : lead) + " " + getCommands() + "]";
    }

    /** Builds a chain; each method appends one action. */
    public static final class Builder {
        private static final List<String> FIRST_ONLY = List.of("create_lead", "edit_lead", "search_lead");

        private final Lead lead;
        private final List<KartraAction> actions = new ArrayList<>();

        private Builder(Lead lead) {
            this.lead = lead;
        }

        /** Appends any action; Kartra's lead commands are accepted only as the first action. */
        public Builder action(KartraAction action) {
            Objects.requireNonNull(action, "action");
            if (FIRST_ONLY.contains(action.getCommand()) && !actions.isEmpty()) {
                throw new IllegalArgumentException(action.getCommand() + " must be the first action of a chain");
            }
            actions.add(action);
            return this;
        }

        public Builder createLead() {
            return action(KartraAction.of("create_lead"));
        }

        public Builder editLead() {
            return action(KartraAction.of("edit_lead"));
        }

        public Builder searchLead() {
            return action(KartraAction.of("search_lead"));
        }

        public Builder assignTag(String tagName) {
            return action(KartraAction.of("assign_tag").with("tag_name", tagName));
        }

        public Builder unassignTag(String tagName) {
            return action(KartraAction.of("unassign_tag").with("tag_name", tagName));
        }

        public Builder subscribeLeadToList(String listName) {
            return action(KartraAction.of("subscribe_lead_to_list").with("list_name", listName));
        }

        public Builder unsubscribeLeadFromList(String listName) {
            return action(KartraAction.of("unsubscribe_lead_from_list").with("list_name", listName));
        }

        public Builder subscribeLeadToSequenceAtStep(String sequenceName, String step) {
            return action(KartraAction.of("subscribe_lead_to_sequence_at_step").with("sequence_name", sequenceName)
                    .with("step", step));
        }

        public Builder unsubscribeLeadFromSequence(String sequenceName) {
            return action(KartraAction.of("unsubscribe_lead_from_sequence").with("sequence_name", sequenceName));
        }

        public Builder givePointsToLead(int points) {
            return action(KartraAction.of("give_points_to_lead").with("points", points));
        }

        /** Points that expire (are deducted again) after this many days; 0 never expires. */
        public Builder givePointsToLead(int points, int expirationDays) {
            return action(KartraAction.of("give_points_to_lead").with("points", points).with("expiration", expirationDays));
        }

        public Builder removePointsFromLead(int points) {
            return action(KartraAction.of("remove_points_from_lead").with("points", points));
        }

        public Builder calendarSubscribe(String calendarName, String className) {
            return calendarSubscribe(calendarName, className, null, null);
        }

        /** Books a class; the date is {@code dd MMM yyyy} and the hour {@code HH:mm}, both Eastern time. */
        public Builder calendarSubscribe(String calendarName, String className, String startingDate, String startingHour) {
            return action(KartraAction.of("calendar_subscribe").with("calendar_name", calendarName)
                    .with("class_name", className).with("starting_date", startingDate).with("starting_hour", startingHour));
        }

        public Builder calendarCancel(String calendarName, String className) {
            return action(KartraAction.of("calendar_cancel").with("calendar_name", calendarName).with("class_name", className));
        }

        public Builder retrieveTransactionsFromLead() {
            return action(KartraAction.of("retrieve_transactions_from_lead"));
        }

        public Builder retrieveSubscriptionsFromLead() {
            return action(KartraAction.of("retrieve_subscriptions_from_lead"));
        }

        public Builder retrieveAccountTags() {
            return action(KartraAction.of("retrieve_account_tags"));
        }

        public Builder retrieveAccountLists() {
            return action(KartraAction.of("retrieve_account_lists"));
        }

        public Builder retrieveAccountSequences() {
            return action(KartraAction.of("retrieve_account_sequences"));
        }

        public Builder retrieveCustomFields() {
            return action(KartraAction.of("retrieve_custom_fields"));
        }

        public Builder retrieveAccountPages() {
            return action(KartraAction.of("retrieve_account_pages"));
        }

        /** Refunds a transaction; a null amount refunds it in full. */
        public Builder refundTransaction(String transactionId, BigDecimal refundAmount) {
            return action(KartraAction.of("refund_transaction").with("transaction_id", transactionId)
                    .with("refund_amount", refundAmount == null ? null : refundAmount.toPlainString()));
        }

        public KartraRequest build() {
            if (actions.isEmpty()) {
                throw new IllegalArgumentException("A Kartra call needs at least one action");
            }
            return new KartraRequest(lead, false, new ArrayList<>(actions));
        }
    }
}
