package io.camelkartra.model;

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
 * refuses them anywhere else (a {@code create_lead} further down is answered 234, No lead found, by live Kartra). Account-level commands ({@code retrieve_account_tags}, transaction and subscription
 * commands) use {@link #forAccount()}. The builder checks nothing else: {@code kartra:call} checks every action as the
 * dedicated endpoints check their options before anything is sent.
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
            return List.of(KartraCommandNames.GET_LEAD);
        }
        List<String> commands = new ArrayList<>(actions.size());
        actions.forEach(a -> commands.add(a.getCommand()));
        return commands;
    }

    @Override
    public String toString() {
        return "KartraRequest[" + (lead == null ? "account" : lead) + " " + getCommands() + "]";
    }

    /** Builds a chain; each method appends one action, a method per Kartra command (see {@link KartraRequestCommands}). */
    public static final class Builder extends KartraRequestCommands {

        private final Lead lead;
        private final List<KartraAction> actions = new ArrayList<>();

        private Builder(Lead lead) {
            this.lead = lead;
        }

        /** Appends any action; Kartra's lead commands are accepted only as the first action. */
        @Override
        public Builder action(KartraAction action) {
            Objects.requireNonNull(action, "action");
            if (KartraCommandNames.FIRST_IN_CHAIN.contains(action.getCommand()) && !actions.isEmpty()) {
                throw new IllegalArgumentException(action.getCommand() + " must be the first action of a chain: Kartra takes the chain's"
                                                   + " lead from its first action (further down, a lead write looks the lead up,"
                                                   + " and Kartra answers 234 No lead found for a new one)");
            }
            actions.add(action);
            return this;
        }

        public KartraRequest build() {
            if (actions.isEmpty()) {
                throw new IllegalArgumentException("A Kartra call needs at least one action");
            }
            return new KartraRequest(lead, false, new ArrayList<>(actions));
        }
    }
}
