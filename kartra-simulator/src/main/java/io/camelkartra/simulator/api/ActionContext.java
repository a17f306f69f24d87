package io.camelkartra.simulator.api;

import io.camelkartra.simulator.form.PhpArray;
import io.camelkartra.simulator.state.AccountData;
import io.camelkartra.simulator.state.JournalEntry;
import io.camelkartra.simulator.state.Lead;
import io.camelkartra.simulator.state.OutboundAction;

/** One action of a call: its {@code cmd}, its own parameters ({@code actions[N][…]}) and the call it belongs to. */
public final class ActionContext {

    private final CallContext call;
    private final String cmd;
    private final PhpArray params;

    ActionContext(CallContext call, String cmd, PhpArray params) {
        this.call = call;
        this.cmd = cmd;
        this.params = params;
    }

    public CallContext call() {
        return call;
    }

    public AccountData data() {
        return call.data();
    }

    public Lead lead() {
        return call.lead();
    }

    /** Makes {@code lead} the call's lead for the following actions ({@code create_lead}). */
    public void lead(Lead lead) {
        call.lead(lead);
    }

    /**
     * A parameter as PHP code would read it as a string: {@code ""} when absent, and {@code "Array"}
     * (PHP's string conversion) when it was sent as an array.
     */
    public String param(String name) {
        return params.text(name);
    }

    /** The parameter as sent: a string, a nested array, or null. */
    public Object rawParam(String name) {
        return params.get(name);
    }

    public boolean has(String name) {
        return params.containsKey(name);
    }

    /** Records in the lead's journal that this action was applied. */
    public void journal(String parameter, boolean changed) {
        lead().record(new JournalEntry(data().now(), cmd, parameter, changed));
    }

    /** Sends an Outbound API event about the call's lead. */
    public void emit(OutboundAction action, Object subject) {
        call.events().leadEvent(lead(), action, subject);
    }
}
