package io.camelkartra;

import io.camelkartra.internal.KartraCredentials;
import io.camelkartra.internal.KartraFormEncoder;
import io.camelkartra.model.KartraRequest;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Writes a {@link KartraRequest} body as the form Kartra's PHP samples send, byte for byte as the {@code kartra:}
 * producer writes it, for calling Kartra with a plain {@code http:} endpoint; {@link KartraResponseProcessor} reads
 * what comes back. The request is checked first as {@code kartra:call} checks it (a KartraException with the type
 * Kartra would answer); the body becomes the form text, with the {@code Content-Type} and the POST method set.
 *
 * <pre>{@code
 * from("direct:tag")
 *     .process(new KartraRequestProcessor("{{kartra.app-id}}", "{{kartra.api-key}}", "{{kartra.api-password}}"))
 *     .to("https://app.kartra.com/api?throwExceptionOnFailure=false")
 *     .process(new KartraResponseProcessor().operation(KartraOperation.assignTag));
 * }</pre>
 *
 * Property placeholders in the credentials are resolved on the first message. {@link #toString()} shows no
 * credential.
 */
public class KartraRequestProcessor implements Processor {

    private final String appId;
    private final String apiKey;
    private final String apiPassword;
    private volatile KartraCredentials credentials;

    public KartraRequestProcessor(String appId, String apiKey, String apiPassword) {
        this.appId = appId;
        this.apiKey = apiKey;
        this.apiPassword = apiPassword;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        KartraRequest request = message.getMandatoryBody(KartraRequest.class);
        KartraRequestCheck.check(request, true);
        message.setBody(KartraFormEncoder.encode(credentials(exchange), request));
        message.setHeader(Exchange.CONTENT_TYPE, "application/x-www-form-urlencoded");
        message.setHeader(Exchange.HTTP_METHOD, "POST");
    }

    private KartraCredentials credentials(Exchange exchange) {
        KartraCredentials current = credentials;
        if (current == null) {
            current = new KartraCredentials(exchange.getContext().resolvePropertyPlaceholders(appId),
                    exchange.getContext().resolvePropertyPlaceholders(apiKey),
                    exchange.getContext().resolvePropertyPlaceholders(apiPassword));
            credentials = current;
        }
        return current;
    }

    @Override
    public String toString() {
        return "KartraRequestProcessor";
    }
}
