package io.camelkartra;

import java.util.Locale;
import java.util.Map;

import io.camelkartra.internal.DeliveryKeys;
import io.camelkartra.internal.KartraIpnParser;
import io.camelkartra.internal.RequestQuery;
import io.camelkartra.internal.SharedSecretCheck;
import io.camelkartra.internal.WebhookRejection;
import io.camelkartra.internal.WebhookRequest;
import io.camelkartra.model.KartraIpnNotification;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * {@code kartra:ipn}: receives Kartra's IPN payment notifications (form posts) and routes each as a
 * {@link KartraIpnNotification}. A notification counts only when its {@code secret_key} variable is the secret key set
 * up with the notification in Kartra.
 */
final class KartraIpnConsumer extends KartraWebhookConsumer {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String MULTIPART = "multipart/form-data";

    private final SharedSecretCheck secretKey;
    private final int maxBodySize;

    KartraIpnConsumer(KartraEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.secretKey = new SharedSecretCheck(endpoint.getConfiguration().getSecretKey());
        this.maxBodySize = endpoint.getConfiguration().getMaxBodySize();
    }

    @Override
    protected String accept(Exchange exchange) throws WebhookRejection {
        Message message = exchange.getIn();
        // The secret counts only in the body; one pasted into the URL must not travel further either.
        RequestQuery.remove(message, KartraIpnParser.SECRET_KEY);
        String mediaType = WebhookRequest.mediaType(message);
        // PHP's $_POST, which Kartra's docs read IPN with, takes both form encodings; a multipart body is read only
        // when the server has already parsed it into fields.
        boolean parsedMultipart = mediaType.equals(MULTIPART) && message.getBody() instanceof Map;
        if (!mediaType.equals(FORM) && !parsedMultipart) {
            throw new WebhookRejection(415, "form post expected");
        }
        Map<String, String> posted = WebhookRequest.form(message, maxBodySize);
        String presented = posted.get(KartraIpnParser.SECRET_KEY);
        SharedSecretCheck.Verdict verdict = secretKey.check(KartraIpnParser.isEmpty(presented) ? null : presented);
        if (verdict != SharedSecretCheck.Verdict.ACCEPTED) {
            throw WebhookRejection.of(verdict, KartraIpnParser.SECRET_KEY);
        }
        // Servers copy form fields into headers too; the body has them, and secret_key must go.
        posted.keySet().forEach(message::removeHeader);
        KartraIpnNotification notification = KartraIpnParser.parse(posted);
        observer().notification(notification.getType());
        message.setBody(notification);
        setHeader(message, KartraConstants.TRANSACTION_ID, notification.getTransactionId());
        setHeader(message, KartraConstants.TRANSACTION_TYPE,
                notification.getTransactionType() == null ? null : notification.getTransactionType().toLowerCase(Locale.ROOT));
        setHeader(message, KartraConstants.LEAD_ID, notification.getLeadId());
        setHeader(message, KartraConstants.LEAD_EMAIL, notification.getLeadEmail());
        return DeliveryKeys.of(notification);
    }
}
