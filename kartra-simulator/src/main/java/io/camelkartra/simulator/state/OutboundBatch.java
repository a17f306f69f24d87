package io.camelkartra.simulator.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events of one state change, rendered while the account is locked (so each shows the lead as
 * it was then) and handed to the dispatcher by {@link #send()} once the lock is released.
 */
final class OutboundBatch implements EventSink {

    /** Something to post: an Outbound API event or an IPN notification. */
    sealed interface Outgoing permits Webhook, Ipn {
    }

    record Webhook(String action, Map<String, Object> payload) implements Outgoing {
    }

    record Ipn(String transactionType, long productId, Map<String, String> form) implements Outgoing {
    }

    private final OutboundDispatcher dispatcher;
    private final String apiKey;
    private final AccountData data;
    private final List<Outgoing> messages = new ArrayList<>();

    OutboundBatch(OutboundDispatcher dispatcher, String apiKey, AccountData data) {
        this.dispatcher = dispatcher;
        this.apiKey = apiKey;
        this.data = data;
    }

    @Override
    public void leadEvent(Lead lead, OutboundAction action, Object subject) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("lead", LeadJson.webhook(data, lead));
        payload.put("action", action.wireName());
        payload.put("action_details", EventDetails.of(data, action, subject));
        messages.add(new Webhook(action.wireName(), payload));
    }

    @Override
    public void paymentNotification(Transaction transaction) {
        messages.add(new Ipn(transaction.type().wireName(), transaction.productId(), IpnForm.of(data, transaction)));
    }

    /** Queues the deliveries; never blocks on the network. */
    void send() {
        messages.forEach(m -> dispatcher.enqueue(apiKey, m));
        messages.clear();
    }
}
