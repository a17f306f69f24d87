package io.camelkartra.simulator.state;

import io.camelkartra.simulator.form.PhpArray;
import java.util.Optional;

/** What the actions of one call share: the account, the App, the {@code lead} input and the call's lead. */
final class CallContext {

    private static final PhpArray NO_LEAD_INPUT = new PhpArray();

    private final AccountData data;
    private final App app;
    private final PhpArray leadInput;
    private final EventSink events;
    private Lead lead;

    CallContext(AccountData data, App app, PhpArray leadInput, EventSink events, Lead lead) {
        this.data = data;
        this.app = app;
        this.leadInput = leadInput == null ? NO_LEAD_INPUT : leadInput;
        this.events = events;
        this.lead = lead;
    }

    AccountData data() {
        return data;
    }

    App app() {
        return app;
    }

    /** The top-level {@code lead} map: identity and, for create/edit, field values. */
    PhpArray leadInput() {
        return leadInput;
    }

    EventSink events() {
        return events;
    }

    /** The lead the call acts on; null until {@code create_lead} made it, or if it failed. */
    Lead lead() {
        return lead;
    }

    void lead(Lead value) {
        lead = value;
    }

    /** The email as the account stores a new lead's: in test mode its domain becomes {@code kartra.com} (§9). */
    String accountEmail(String email) {
        return accountEmail(app, email);
    }

    /**
     * The lead with this email; in test mode, failing an exact match, the lead with the rewritten
     * email, so that a client finds the leads it created under their original address.
     */
    static Optional<Lead> leadByEmail(AccountData data, App app, String email) {
        return data.leadByEmail(email).or(() -> data.leadByEmail(accountEmail(app, email)));
    }

    static String accountEmail(App app, String email) {
        if (app.mode() != AppMode.TEST) {
            return email;
        }
        int at = email.lastIndexOf('@');
        return at < 0 ? email : email.substring(0, at) + "@kartra.com";
    }
}
