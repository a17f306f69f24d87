package io.camelkartra;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Reads a Kartra reply obtained by other means, typically a plain {@code to("https://app.kartra.com/api")} call,
 * exactly as the {@code kartra:} producer does: the {@code CamelKartraStatus}, {@code CamelKartraMessage} and
 * {@code CamelKartraMessageType} headers are set, an error reply raises the same typed {@link KartraException}, and
 * the body becomes a {@link io.camelkartra.model.KartraResponse}, or, when the {@link #operation(KartraOperation)
 * operation} is given, the typed body the producer gives that operation. {@link KartraRequestProcessor} writes the
 * request of such a call.
 *
 * <pre>{@code
 * from("direct:tag")
 *     .to("https://app.kartra.com/api?throwExceptionOnFailure=false")
 *     .process(new KartraResponseProcessor());
 * }</pre>
 *
 * Set {@code throwExceptionOnFailure=false} on the http endpoint so that an HTTP 429 reaches this processor and
 * becomes a {@link KartraRateLimitException}, and set the http component's {@code automaticRetriesDisabled=true}
 * ({@code camel.component.http.automatic-retries-disabled=true}) so that Apache HttpClient does not replay the POST
 * by itself after a 429 or 503: it honours Retry-After, and not every Kartra write is safe to replay. Unless the
 * operation is given, transport failures are reported as not retryable: whether a replay is safe depends on the
 * command that was sent.
 */
public class KartraResponseProcessor implements Processor {

    private boolean throwExceptionOnFailure = true;
    private KartraCall call = KartraCall.unknown();

    public KartraResponseProcessor() {
    }

    /** Whether an error reply raises its exception (the default) or stays the body as a KartraResponse. */
    public KartraResponseProcessor throwExceptionOnFailure(boolean throwExceptionOnFailure) {
        this.throwExceptionOnFailure = throwExceptionOnFailure;
        return this;
    }

    /**
     * The operation whose command was sent: its reply then gets the body the {@code kartra:} producer gives it (a
     * {@code Lead} for getLead, a {@code List<String>} for retrieveAccountTags, ...), and transport failures are
     * retryable where replaying that command is safe. Without it the body is the {@code KartraResponse}.
     */
    public KartraResponseProcessor operation(KartraOperation operation) {
        if (operation.getCommand() == null) {
            throw new IllegalArgumentException(operation + " is not a single Kartra command");
        }
        this.call = new KartraCall(operation, null, null, List.of(operation.getCommand()), operation.isReplaySafe());
        return this;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        Integer status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        String retryAfter = message.getHeader("Retry-After", String.class);
        byte[] body = message.getBody(byte[].class);
        KartraOutcomeWriter.write(exchange, KartraResponseReader.read(call, status == null ? 200 : status, retryAfter, body, null),
                throwExceptionOnFailure);
    }
}
