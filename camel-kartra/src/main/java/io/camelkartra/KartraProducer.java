package io.camelkartra;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelkartra.model.KartraRequest;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Calls Kartra without blocking: the request is built and checked on the caller's thread (nothing is sent when it is
 * wrong), sent on the shared HTTP client after the rate limiter's slot, and the exchange completes on another thread
 * with the typed reply or a typed exception. Every path ends in exactly one {@code callback.done}.
 */
final class KartraProducer extends DefaultAsyncProducer {

    private final KartraEndpoint endpoint;
    private final KartraConfiguration configuration;
    private KartraSender sender;
    private WritableHealthCheckRepository healthCheckRepository;

    KartraProducer(KartraEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        sender = endpoint.newSender();
        // optional, as in Camel's own components: only when camel-health provides the producers repository
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(endpoint.getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            endpoint.account().useHealthCheck(healthCheckRepository, endpoint.getComponent().isHealthCheckProducerEnabled(), sender);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null) {
            endpoint.account().releaseHealthCheck(healthCheckRepository);
            healthCheckRepository = null;
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        AtomicInteger calls = new AtomicInteger();
        CompletableFuture<KartraReply> reply;
        try {
            KartraOperation operation = KartraRequestReader.operation(exchange, configuration);
            if (operation == KartraOperation.refreshInventory) {
                return refreshInventory(exchange, callback);
            }
            if (operation == KartraOperation.upsertLead) {
                reply = KartraUpsert.run(sender, exchange, configuration, calls);
            } else {
                KartraRequest request = KartraRequestReader.read(exchange, configuration, operation);
                KartraRequestCheck.check(request, operation == KartraOperation.call);
                boolean replaySafe = request.getCommands().stream().allMatch(KartraOperation::isReplaySafe);
                reply = sender.send(operation, request, replaySafe, calls);
            }
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        reply.whenComplete((result, failure) -> {
            try {
                exchange.getMessage().setHeader(KartraConstants.CALL_COUNT, calls.get());
                if (failure != null) {
                    exchange.setException(failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure);
                } else {
                    complete(exchange, result);
                }
            } catch (Exception e) {
                exchange.setException(e);
            } finally {
                callback.done(false);
            }
        });
        return false;
    }

    private boolean refreshInventory(Exchange exchange, AsyncCallback callback) {
        endpoint.account().inventory().refresh(sender).whenComplete((load, failure) -> {
            try {
                if (failure != null) {
                    exchange.setException(failure);
                } else {
                    exchange.getMessage().setBody(KartraEndpoint.inventoryOrFailure(load));
                }
            } catch (Exception e) {
                exchange.setException(e);
            } finally {
                callback.done(false);
            }
        });
        return false;
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
}
