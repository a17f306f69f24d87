package io.camelkartra;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.camelkartra.internal.KartraCall;
import io.camelkartra.internal.KartraFailures;
import io.camelkartra.internal.KartraFormEncoder;
import io.camelkartra.internal.KartraHttpClient;
import io.camelkartra.internal.KartraHttpReply;
import io.camelkartra.internal.KartraReply;
import io.camelkartra.internal.KartraRequestFactory;
import io.camelkartra.internal.KartraResponseParser;
import io.camelkartra.internal.KartraTransportFailure;
import io.camelkartra.model.KartraRequest;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Calls Kartra without blocking: the request is built and checked on the caller's thread (nothing is sent when it is
 * wrong), sent on the shared HTTP client, and the exchange completes on the client's I/O thread with the typed reply
 * or a typed exception. Every path ends in exactly one {@code callback.done}.
 */
public class KartraProducer extends DefaultAsyncProducer {

    private final KartraEndpoint endpoint;
    private final KartraConfiguration configuration;
    private KartraHttpClient client;

    public KartraProducer(KartraEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client = endpoint.httpClient();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        KartraRequest request;
        KartraOperation operation;
        try {
            operation = KartraRequestFactory.operation(exchange, configuration);
            request = KartraRequestFactory.create(exchange, configuration, operation);
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        send(exchange, operation, request).whenComplete((reply, failure) -> {
            try {
                if (failure != null) {
                    exchange.setException(unwrap(failure));
                } else {
                    complete(exchange, reply);
                }
            } catch (Exception e) {
                exchange.setException(e);
            } finally {
                callback.done(false);
            }
        });
        return false;
    }

    /** Sends one call and reads its reply; the future fails only with a KartraException. */
    CompletableFuture<KartraReply> send(Exchange exchange, KartraOperation operation, KartraRequest request) {
        KartraCall call = new KartraCall(operation, request.getCommands(), isReplaySafe(request));
        String body = KartraFormEncoder.encode(endpoint.credentials(), request);
        return client.post(endpoint.serviceUri(), body, Duration.ofMillis(configuration.getRequestTimeout()))
                .handle((httpReply, failure) -> {
                    if (failure != null) {
                        throw new CompletionException(transportFailure(call, failure));
                    }
                    return read(call, httpReply);
                });
    }

    private KartraReply read(KartraCall call, KartraHttpReply httpReply) {
        return KartraResponseParser.read(call, httpReply.status(), httpReply.retryAfter(), httpReply.body(), endpoint.credentials());
    }

    private void complete(Exchange exchange, KartraReply reply) {
        KartraReplyHeaders.set(exchange.getMessage(), reply);
        if (reply.failed()) {
            if (reply.response() != null && !configuration.isThrowExceptionOnFailure()) {
                exchange.getMessage().setBody(reply.response());
            } else {
                exchange.setException(reply.failure());
            }
            return;
        }
        exchange.getMessage().setBody(reply.body());
    }

    private static boolean isReplaySafe(KartraRequest request) {
        return request.getCommands().stream().allMatch(KartraOperation::isReplaySafe);
    }

    private static KartraException transportFailure(KartraCall call, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof KartraTransportFailure transport) {
            return KartraFailures.transport(call, transport.getMessage(), 0, null, transport.getCause(), transport.mayHaveReachedKartra());
        }
        return KartraFailures.transport(call, String.valueOf(cause), 0, null, cause, true);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
