package io.camelkartra;

import java.net.URI;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelkartra.model.KartraRequest;
import org.apache.camel.health.WritableHealthCheckRepository;

/**
 * One Kartra account (service URL, App id, API key and password) as the component sees it: what all endpoints using
 * it share, namely the account inventory and the producer health check with its credential check. It is named by a
 * number ({@code kartra-1}), never by a credential, in logs and in the health check's id.
 */
final class KartraAccount {

    /** A credential check result is reused for this long, so that readiness probes cost at most one call per interval. */
    static final long CHECK_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** The outcome of the last credential check: null failure means Kartra accepted the credentials. */
    record CredentialCheck(KartraException failure, long checkedNanos) {
    }

    private final String name;
    private final URI serviceUri;
    private final KartraInventoryCache inventory;
    private final KartraProducerHealthCheck healthCheck;
    private int healthCheckUsers;
    private CredentialCheck lastCheck;
    private boolean checking;

    KartraAccount(String name, URI serviceUri, Clock clock) {
        this.name = name;
        this.serviceUri = serviceUri;
        this.inventory = new KartraInventoryCache(name + " (" + serviceUri + ")", clock);
        this.healthCheck = new KartraProducerHealthCheck(this);
    }

    /** The account's number-based name ({@code kartra-1}). */
    String name() {
        return name;
    }

    URI serviceUri() {
        return serviceUri;
    }

    KartraInventoryCache inventory() {
        return inventory;
    }

    /** Registers the account's health check for one more producer; the first registration adds it to the repository. */
    synchronized void useHealthCheck(WritableHealthCheckRepository repository, boolean enabled, KartraSender sender) {
        healthCheck.use(sender, enabled);
        if (healthCheckUsers++ == 0) {
            repository.addHealthCheck(healthCheck);
        }
    }

    /** One producer less; the last one removes the health check. */
    synchronized void releaseHealthCheck(WritableHealthCheckRepository repository) {
        if (healthCheckUsers > 0 && --healthCheckUsers == 0) {
            repository.removeHealthCheck(healthCheck);
        }
    }

    /**
     * The last credential check, starting a new one (without waiting for it) when there is none or it is older than
     * {@link #CHECK_INTERVAL_NANOS}. The check is one retrieve_account_tags call: Kartra checks the App and the
     * credentials before anything else, and the call is cheap and changes nothing.
     */
    CredentialCheck credentialCheck(KartraSender sender) {
        synchronized (this) {
            if (checking || lastCheck != null && System.nanoTime() - lastCheck.checkedNanos < CHECK_INTERVAL_NANOS) {
                return lastCheck;
            }
            checking = true;
        }
        KartraRequest request = KartraRequest.forAccount().retrieveAccountTags().build();
        CompletableFuture<KartraOutcome> outcome = sender.send(KartraCall.of(KartraOperation.retrieveAccountTags, request),
                new AtomicInteger());
        outcome.whenComplete((result, failure) -> {
            synchronized (this) {
                checking = false;
                KartraException error = failure == null ? result.failure()
                        : failure instanceof KartraException k ? k
                        : KartraFailures.transport(KartraCall.unknown(), String.valueOf(failure), 0, null, failure, false);
                if (error instanceof KartraRateLimitException) {
                    // the budget is spent on business traffic: the previous verdict stands
                    return;
                }
                lastCheck = new CredentialCheck(error, System.nanoTime());
            }
        });
        synchronized (this) {
            return lastCheck;
        }
    }

    @Override
    public String toString() {
        return "KartraAccount[" + name + "]";
    }
}
