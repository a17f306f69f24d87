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
 * it share, namely the account inventory, the producer health check with its credential check, and the observer of
 * its calls (its activity for the dev console, and its meters). It is named by a number ({@code kartra-1}), never by
 * a credential, in logs and in the health check's id; metrics name its App by a short digest.
 */
final class KartraAccount {

    /** A credential check result is reused for this long, so that readiness probes cost at most one call per interval. */
    static final long CHECK_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** The outcome of the last credential check: null failure means Kartra accepted the credentials. */
    record CredentialCheck(KartraException failure, long checkedNanos) {
    }

    /** How many hex digits of the App id's SHA-256 name the App in metrics and the dev console. */
    static final int APP_DIGEST_LENGTH = 8;

    private final String name;
    private final URI serviceUri;
    private final String app;
    private final KartraCallActivity activity = new KartraCallActivity();
    private final KartraCallObserver observer;
    private final KartraInventoryCache inventory;
    private final KartraProducerHealthCheck healthCheck;
    private int healthCheckUsers;
    private CredentialCheck lastCheck;
    private boolean checking;

    /** @param metrics where the meters of the account's calls go */
    KartraAccount(String name, URI serviceUri, String appId, Clock clock, KartraMetrics metrics) {
        this.name = name;
        this.serviceUri = serviceUri;
        this.app = SharedRateLimiter.digest(appId).substring(0, APP_DIGEST_LENGTH);
        this.observer = KartraCallObserver.both(activity, metrics.forAccount(app, activity));
        this.inventory = new KartraInventoryCache(name + " (" + serviceUri + ")", clock, observer);
        this.healthCheck = new KartraProducerHealthCheck(this);
    }

    /** The account's number-based name ({@code kartra-1}). */
    String name() {
        return name;
    }

    URI serviceUri() {
        return serviceUri;
    }

    /** The App as metrics and the dev console name it: the first hex digits of its id's SHA-256. */
    String app() {
        return app;
    }

    /** What the account's calls did, for the dev console. */
    KartraCallActivity activity() {
        return activity;
    }

    /** Where the call path reports the account's calls. */
    KartraCallObserver observer() {
        return observer;
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
