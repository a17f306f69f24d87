package io.camelkartra;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Calls Kartra without blocking. The operation is decided once per message (the endpoint's, or the
 * {@code CamelKartraOperation} header's): its request is read from the exchange and sent over the call path (checks,
 * inventory, rate limiter, transport, reading the response) on the caller's thread up to the first wait, and the
 * exchange completes on another thread with the outcome written onto it. Every path ends in exactly one
 * {@code callback.done}.
 */
final class KartraProducer extends DefaultAsyncProducer {

    private final KartraEndpoint endpoint;
    private final KartraConfiguration configuration;
    private KartraCallPath path;
    private WritableHealthCheckRepository healthCheckRepository;

    KartraProducer(KartraEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        path = endpoint.newCallPath();
        // optional, as in Camel's own components: only when camel-health provides the producers repository
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(endpoint.getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            endpoint.account().useHealthCheck(healthCheckRepository, endpoint.getComponent().isHealthCheckProducerEnabled(),
                    path.sender());
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
        CompletableFuture<KartraOutcome> outcome;
        try {
            KartraOperation operation = KartraRequestReader.operation(exchange, configuration);
            switch (operation) {
                case refreshInventory:
                    return refreshInventory(exchange, callback);
                case upsertLead:
                    outcome = KartraUpsertPlan.run(path, exchange, configuration, calls);
                    break;
                default:
                    outcome = path.send(KartraRequestReader.read(exchange, configuration, operation), calls);
            }
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        outcome.whenComplete((result, failure) -> {
            try {
                exchange.getMessage().setHeader(KartraConstants.CALL_COUNT, calls.get());
                if (failure != null) {
                    exchange.setException(failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure);
                } else {
                    KartraOutcomeWriter.write(exchange, result, configuration.isThrowExceptionOnFailure());
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
        endpoint.account().inventory().refresh(path.sender()).whenComplete((load, failure) -> {
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
}
