package io.camelkartra.simulator.state;

import io.camelkartra.simulator.form.PhpArray;

/** One action of a call: its {@code cmd}, its own parameters ({@code actions[N][…]}) and the call it belongs to. */
final class ActionContext {

    private final CallContext call;
    private final String cmd;
    private final PhpArray params;

    ActionContext(CallContext call, String cmd, PhpArray params) {
        this.call = call;
        this.cmd = cmd;
        this.params = params;
    }

    CallContext call() {
        return call;
    }

    AccountData data() {
        return call.data();
    }

    Lead lead() {
        return call.lead();
    }

    /** Makes {@code lead} the call's lead for the following actions ({@code create_lead}). */
    void lead(Lead lead) {
        call.lead(lead);
    }

    /**
     * A parameter as PHP code would read it as a string: {@code ""} when absent, and {@code "Array"}
     * (PHP's string conversion) when it was sent as an array.
     */
    String param(String name) {
        return params.text(name);
    }

    /** The parameter as sent: a string, a nested array, or null. */
    Object rawParam(String name) {
        return params.get(name);
    }

    boolean has(String name) {
        return params.containsKey(name);
    }

    /** Records in the lead's journal that this action was applied. */
    void journal(String parameter, boolean changed) {
        data().journal(lead(), new JournalEntry(data().now(), cmd, parameter, changed));
    }

    /** Sends an Outbound API event about the call's lead. */
    void emit(OutboundAction action, Object subject) {
        call.events().leadEvent(lead(), action, subject);
    }
}
