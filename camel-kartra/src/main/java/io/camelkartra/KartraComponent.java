package io.camelkartra;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import javax.net.ssl.SSLContext;

import io.camelkartra.internal.KartraCredentials;
import io.camelkartra.internal.KartraHttpClient;
import io.camelkartra.internal.KartraTransportSettings;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.hc.core5.ssl.SSLContexts;

/**
 * The {@code kartra:} component. Its {@link KartraConfiguration} holds the defaults of every endpoint (set them in
 * properties: {@code camel.component.kartra.api-key=...}), and it owns the resources endpoints share: one pooled HTTP
 * client per distinct transport setting, a scheduler for timeouts, per Kartra account its inventory, producer
 * health check and activity, per consumer path its activity, and the meters where the runtime has Micrometer.
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
                            + "rateLimitReplicas calls per second; with a rateLimitStore, that is the share each one falls back to "
                            + "while the store is down.")
    private int rateLimitReplicas = 1;
    @Metadata(label = "producer,advanced",
              description = "A custom rate limiter that replaces the built-in per-App token bucket (and rateLimitStore).")
    private KartraRateLimiter rateLimiter;
    @Metadata(label = "producer",
              description = "A shared store that holds the App's rate budget for every instance, so that several replicas share "
                            + "rateLimit exactly: redis://host:6379[/database] or rediss:// (module camel-kartra-redis), "
                            + "hazelcast://host:5701[,host2:5701][/map]?clusterName=name (module camel-kartra-hazelcast). The "
                            + "module must be on the classpath. Put no password in the URI: use rateLimitStorePassword. When the "
                            + "store fails, each instance falls back to rateLimit / rateLimitReplicas until it answers again.")
    private String rateLimitStore;
    @Metadata(label = "producer,security", secret = true,
              description = "The password of the rateLimitStore (Redis AUTH), kept out of its URI.")
    private String rateLimitStorePassword;
    @Metadata(label = "producer,advanced", defaultValue = "kartra:rate-limit:",
              description = "The prefix of the shared store's keys (rateLimitStore, rateLimitProxyManager); each key ends with "
                            + "the SHA-256 digest of the App id, never the id itself.")
    private String rateLimitKeyPrefix = "kartra:rate-limit:";
    @Metadata(label = "producer,advanced", defaultValue = "1s", javaType = "java.time.Duration",
              description = "How long a call waits for the shared store's answer (never longer than its rateLimitMaxWait) "
                            + "before it takes its slot from this instance's share, rateLimit / rateLimitReplicas.")
    private long rateLimitStoreTimeout = 1000;
    @Metadata(label = "producer,advanced", javaType = "io.github.bucket4j.distributed.proxy.ProxyManager",
              description = "A bucket4j ProxyManager over any other shared store (JDBC, PostgreSQL, Infinispan, ...), used like "
                            + "rateLimitStore with the same budget, keys and failure policy; its keys are strings. The application "
                            + "owns it.")
    private ProxyManager<String> rateLimitProxyManager;

    private final Map<KartraTransportSettings, KartraHttpClient> clients = new ConcurrentHashMap<>();
    private final Map<AccountKey, KartraAccount> accounts = new ConcurrentHashMap<>();
    private final Map<String, KartraDeliveryActivity> deliveries = new ConcurrentHashMap<>();
    private volatile KartraMetrics metrics;
    private volatile ScheduledExecutorService scheduler;
    private volatile KartraRateLimiter builtInRateLimiter;
    private volatile ExecutorService storeExecutor;

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

    public String getRateLimitStore() {
        return rateLimitStore;
    }

    public void setRateLimitStore(String rateLimitStore) {
        this.rateLimitStore = rateLimitStore;
    }

    public String getRateLimitStorePassword() {
        return rateLimitStorePassword;
    }

    public void setRateLimitStorePassword(String rateLimitStorePassword) {
        this.rateLimitStorePassword = rateLimitStorePassword;
    }

    public String getRateLimitKeyPrefix() {
        return rateLimitKeyPrefix;
    }

    public void setRateLimitKeyPrefix(String rateLimitKeyPrefix) {
        this.rateLimitKeyPrefix = rateLimitKeyPrefix;
    }

    public long getRateLimitStoreTimeout() {
        return rateLimitStoreTimeout;
    }

    public void setRateLimitStoreTimeout(long rateLimitStoreTimeout) {
        this.rateLimitStoreTimeout = rateLimitStoreTimeout;
    }

    public ProxyManager<String> getRateLimitProxyManager() {
        return rateLimitProxyManager;
    }

    public void setRateLimitProxyManager(ProxyManager<String> rateLimitProxyManager) {
        this.rateLimitProxyManager = rateLimitProxyManager;
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
                    current = newBuiltInRateLimiter();
                    builtInRateLimiter = current;
                }
            }
        }
        return current;
    }

    /** The in-JVM bucket, or, with a shared store, the shared bucket that falls back to this instance's share. */
    private KartraRateLimiter newBuiltInRateLimiter() {
        TokenBucketRateLimiter localShare = new TokenBucketRateLimiter(rateLimit, rateLimitReplicas, scheduler());
        KartraRateLimitStore store;
        if (rateLimitProxyManager != null) {
            ProxyManager<String> manager = rateLimitProxyManager;
            store = () -> manager;
        } else if (rateLimitStore != null && !rateLimitStore.isBlank()) {
            store = RateLimitStores.create(getCamelContext(), rateLimitStore, rateLimitStorePassword, Duration.ofMillis(rateLimitStoreTimeout));
        } else {
            return localShare;
        }
        // connecting, and stores without bucket4j's asynchronous mode, may block: never on a route thread
        ThreadPoolProfile profile = new ThreadPoolProfile("KartraRateLimitStore");
        profile.setPoolSize(1);
        profile.setMaxPoolSize(4);
        profile.setMaxQueueSize(-1);
        storeExecutor = getCamelContext().getExecutorServiceManager().newThreadPool(this, "KartraRateLimitStore", profile);
        SharedRateLimiter shared = new SharedRateLimiter(store, rateLimit, rateLimitKeyPrefix, Duration.ofMillis(rateLimitStoreTimeout),
                localShare, scheduler(), storeExecutor);
        shared.connectAhead();
        return shared;
    }

    /**
     * The account with these credentials at this URL, created on first use and shared by every endpoint of the
     * component that uses it (its inventory and health check). Accounts are numbered in order of first use.
     */
    KartraAccount account(URI serviceUri, KartraCredentials credentials) {
        return accounts.computeIfAbsent(new AccountKey(serviceUri, credentials),
                key -> new KartraAccount("kartra-" + (accounts.size() + 1), serviceUri, credentials.appId(), Clock.systemUTC(),
                        metrics()));
    }

    /** The accounts in use, in no particular order. */
    Collection<KartraAccount> accounts() {
        return accounts.values();
    }

    /**
     * Where a consumer reports its posts: the activity of its path (kept across restarts of the consumer) and its
     * meters.
     *
     * @param consumer {@code events} or {@code ipn}
     */
    KartraDeliveryObserver deliveryObserver(String consumer, String path) {
        KartraDeliveryActivity activity = deliveries.computeIfAbsent(path, p -> new KartraDeliveryActivity(consumer, path));
        return KartraDeliveryObserver.both(activity, metrics().forConsumer(consumer));
    }

    /** The activity of each consumer path in use. */
    Collection<KartraDeliveryActivity> deliveryActivities() {
        return deliveries.values();
    }

    /** The runtime's meters, looked up on first use: a registry bound while routes start is still found. */
    KartraMetrics metrics() {
        KartraMetrics current = metrics;
        if (current == null) {
            synchronized (this) {
                current = metrics;
                if (current == null) {
                    current = KartraMetrics.of(getCamelContext());
                    metrics = current;
                }
            }
        }
        return current;
    }

    /** How calls are limited: custom, off, local, shared, or shared with the store down (each instance on its share). */
    String rateLimiterMode() {
        if (rateLimiter != null) {
            return "custom";
        }
        if (rateLimit <= 0) {
            return "off";
        }
        if (rateLimitProxyManager == null && (rateLimitStore == null || rateLimitStore.isBlank())) {
            return "local";
        }
        return builtInRateLimiter instanceof SharedRateLimiter shared && shared.isStoreDown() ? "shared, store down: local share" : "shared";
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
    protected void doStart() throws Exception {
        super.doStart();
        KartraLibraryLogCheck.warnIfEnabled();
        if (rateLimiter == null && rateLimit > 0 && (rateLimitStore != null || rateLimitProxyManager != null)) {
            // a missing store module or a bad URI fails the start, not the first call
            effectiveRateLimiter();
        }
    }

    @Override
    protected void doStop() throws Exception {
        clients.values().forEach(KartraHttpClient::close);
        clients.clear();
        accounts.clear();
        deliveries.clear();
        KartraMetrics currentMetrics = metrics;
        metrics = null;
        if (currentMetrics != null) {
            currentMetrics.close();
        }
        ScheduledExecutorService current = scheduler;
        scheduler = null;
        if (builtInRateLimiter instanceof SharedRateLimiter shared) {
            shared.close();
        }
        builtInRateLimiter = null;
        if (current != null) {
            getCamelContext().getExecutorServiceManager().shutdown(current);
        }
        ExecutorService currentStoreExecutor = storeExecutor;
        storeExecutor = null;
        if (currentStoreExecutor != null) {
            getCamelContext().getExecutorServiceManager().shutdown(currentStoreExecutor);
        }
        super.doStop();
    }
}
