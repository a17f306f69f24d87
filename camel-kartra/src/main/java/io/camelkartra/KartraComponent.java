package io.camelkartra;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import javax.net.ssl.SSLContext;

import io.camelkartra.internal.KartraCredentials;
import io.camelkartra.internal.KartraHttpClient;
import io.camelkartra.internal.KartraTransportSettings;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.hc.core5.ssl.SSLContexts;

/**
 * The {@code kartra:} component. Its {@link KartraConfiguration} holds the defaults of every endpoint (set them in
 * properties: {@code camel.component.kartra.api-key=...}), and it owns the resources endpoints share: one pooled HTTP
 * client per distinct transport setting, a scheduler for timeouts, and per Kartra account its inventory and producer
 * health check.
 */
@Component("kartra")
public class KartraComponent extends HealthCheckComponent {

    @Metadata(description = "Default options of every kartra endpoint (credentials, baseUrl, timeouts, ...).")
    private KartraConfiguration configuration = new KartraConfiguration();

    @Metadata(label = "producer", defaultValue = "20",
              description = "Kartra's limit of calls per second per App, enforced before sending by all endpoints of this "
                            + "component together (one budget per App id). 0 turns the client-side limiter off.")
    private int rateLimit = 20;
    @Metadata(label = "producer,advanced", defaultValue = "1",
              description = "How many instances (JVMs, pods) share the App's rate limit: each one uses rateLimit / "
                            + "rateLimitReplicas calls per second.")
    private int rateLimitReplicas = 1;
    @Metadata(label = "producer,advanced",
              description = "A custom rate limiter that replaces the built-in per-App token bucket, for example one over a "
                            + "shared store so that several instances share one App's budget exactly.")
    private KartraRateLimiter rateLimiter;

    private final Map<KartraTransportSettings, KartraHttpClient> clients = new ConcurrentHashMap<>();
    private final Map<AccountKey, KartraAccount> accounts = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService scheduler;
    private volatile KartraRateLimiter builtInRateLimiter;

    public KartraComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        KartraConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setOperation(KartraOperation.resolve(remaining));
        KartraEndpoint endpoint = new KartraEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        endpoint.validateConfiguration();
        return endpoint;
    }

    public KartraConfiguration getConfiguration() {
        return configuration;
    }

    /** Default options of every kartra endpoint. */
    public void setConfiguration(KartraConfiguration configuration) {
        this.configuration = configuration;
    }

    public int getRateLimit() {
        return rateLimit;
    }

    public void setRateLimit(int rateLimit) {
        this.rateLimit = rateLimit;
    }

    public int getRateLimitReplicas() {
        return rateLimitReplicas;
    }

    public void setRateLimitReplicas(int rateLimitReplicas) {
        this.rateLimitReplicas = rateLimitReplicas;
    }

    public KartraRateLimiter getRateLimiter() {
        return rateLimiter;
    }

    public void setRateLimiter(KartraRateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    /** The limiter every call of this component passes: the custom one, the built-in one, or null when off. */
    KartraRateLimiter effectiveRateLimiter() {
        if (rateLimiter != null) {
            return rateLimiter;
        }
        if (rateLimit <= 0) {
            return null;
        }
        KartraRateLimiter current = builtInRateLimiter;
        if (current == null) {
            synchronized (this) {
                current = builtInRateLimiter;
                if (current == null) {
                    current = new TokenBucketRateLimiter(rateLimit, rateLimitReplicas, scheduler());
                    builtInRateLimiter = current;
                }
            }
        }
        return current;
    }

    /**
     * The account with these credentials at this URL, created on first use and shared by every endpoint of the
     * component that uses it (its inventory and health check). Accounts are numbered in order of first use.
     */
    KartraAccount account(URI serviceUri, KartraCredentials credentials) {
        return accounts.computeIfAbsent(new AccountKey(serviceUri, credentials),
                key -> new KartraAccount("kartra-" + (accounts.size() + 1), serviceUri, Clock.systemUTC()));
    }

    /** Identifies an account; its toString shows no credential. */
    private record AccountKey(URI serviceUri, KartraCredentials credentials) {
    }

    /** The HTTP client for these settings, created on first use and shared from then on. */
    KartraHttpClient httpClient(KartraTransportSettings settings) {
        return clients.computeIfAbsent(settings, s -> new KartraHttpClient(s, sslContext(s), scheduler()));
    }

    /** The component's scheduler for request deadlines and deferred sends. */
    ScheduledExecutorService scheduler() {
        ScheduledExecutorService current = scheduler;
        if (current == null) {
            synchronized (this) {
                current = scheduler;
                if (current == null) {
                    // every call in flight holds a deadline task and every call waiting for its rate-limit slot a
                    // wake-up task, so the queue must take as many as the routes have in flight: Camel's default
                    // profile would reject the 1001st
                    ThreadPoolProfile profile = new ThreadPoolProfile("KartraScheduler");
                    profile.setPoolSize(1);
                    profile.setMaxQueueSize(-1);
                    current = getCamelContext().getExecutorServiceManager().newScheduledThreadPool(this, "KartraScheduler", profile);
                    scheduler = current;
                }
            }
        }
        return current;
    }

    private SSLContext sslContext(KartraTransportSettings settings) {
        try {
            if (settings.sslContextParameters() != null) {
                return settings.sslContextParameters().createSSLContext(getCamelContext());
            }
            return SSLContexts.createSystemDefault();
        } catch (Exception e) {
            throw new IllegalArgumentException("Cannot create the TLS context from sslContextParameters: " + e.getMessage(), e);
        }
    }

    @Override
    protected void doStop() throws Exception {
        clients.values().forEach(KartraHttpClient::close);
        clients.clear();
        accounts.clear();
        ScheduledExecutorService current = scheduler;
        scheduler = null;
        builtInRateLimiter = null;
        if (current != null) {
            getCamelContext().getExecutorServiceManager().shutdown(current);
        }
        super.doStop();
    }
}
