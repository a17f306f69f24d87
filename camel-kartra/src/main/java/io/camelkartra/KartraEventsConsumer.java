package io.camelkartra;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.camelkartra.internal.DeliveryKeys;
import io.camelkartra.internal.KartraEventParser;
import io.camelkartra.internal.RequestQuery;
import io.camelkartra.internal.SharedSecretCheck;
import io.camelkartra.internal.WebhookRejection;
import io.camelkartra.internal.WebhookRequest;
import io.camelkartra.model.event.KartraEvent;
import io.camelkartra.model.event.KartraEventAction;
import io.camelkartra.model.event.TransactionEventDetails;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code kartra:events}: receives Kartra's Outbound API posts (JSON) and routes each as a {@link KartraEvent}. Kartra
 * signs nothing, so the URL configured in Kartra carries a shared token ({@code ?token=...}) that every post must
 * repeat.
 */
final class KartraEventsConsumer extends KartraWebhookConsumer {

    /** The query parameter carrying the shared token. */
    static final String TOKEN = "token";

    private static final Logger LOG = LoggerFactory.getLogger(KartraEventsConsumer.class);

    private final SharedSecretCheck token;
    private final Set<String> routedActions;
    private final int maxBodySize;

    KartraEventsConsumer(KartraEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        KartraConfiguration configuration = endpoint.getConfiguration();
        this.token = new SharedSecretCheck(configuration.getToken());
        this.routedActions = actionNames(configuration.getEvents());
        this.maxBodySize = configuration.getMaxBodySize();
        Set<String> undocumented = routedActions.stream()
                .filter(name -> KartraEventAction.fromKartraName(name) == KartraEventAction.UNKNOWN)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!undocumented.isEmpty()) {
            LOG.warn("events lists actions Kartra does not document, matched as written: {}", undocumented);
        }
    }

    private static Set<String> actionNames(String events) {
        if (events == null || events.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(events.split("[,\\s]+"))
                .filter(name -> !name.isEmpty())
                .map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected String accept(Exchange exchange) throws WebhookRejection {
        Message message = exchange.getIn();
        String presented = RequestQuery.parameter(message, TOKEN);
        RequestQuery.remove(message, TOKEN);
        SharedSecretCheck.Verdict verdict = token.check(presented);
        if (verdict != SharedSecretCheck.Verdict.ACCEPTED) {
            throw WebhookRejection.of(verdict, TOKEN);
        }
        if (!isJson(WebhookRequest.mediaType(message))) {
            throw new WebhookRejection(415, "JSON expected");
        }
        KartraEvent event;
        try {
            event = KartraEventParser.parse(WebhookRequest.bytes(message, maxBodySize));
        } catch (IllegalArgumentException e) {
            throw new WebhookRejection(400, e.getMessage());
        }
        if (!routedActions.isEmpty() && !routedActions.contains(event.getActionName().toLowerCase(Locale.ROOT))) {
            return null;
        }
        message.setBody(event);
        message.setHeader(KartraConstants.EVENT_ACTION, event.getActionName());
        if (event.getLead() != null) {
            setHeader(message, KartraConstants.LEAD_ID, event.getLead().getId());
            setHeader(message, KartraConstants.LEAD_EMAIL, event.getLead().getEmail());
        }
        TransactionEventDetails transaction = event.detailsAs(TransactionEventDetails.class);
        if (transaction != null) {
            setHeader(message, KartraConstants.TRANSACTION_ID, transaction.getTransactionId());
        }
        return DeliveryKeys.of(event);
    }

    /** Kartra documents a raw JSON body and no content type: JSON types, text and none are read as JSON. */
    private static boolean isJson(String mediaType) {
        return mediaType.isEmpty() || mediaType.equals("application/json") || mediaType.endsWith("+json")
               || mediaType.equals("text/json") || mediaType.equals("text/plain");
    }
}
