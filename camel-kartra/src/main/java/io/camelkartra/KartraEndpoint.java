package io.camelkartra;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import io.camelkartra.internal.KartraCredentials;
import io.camelkartra.internal.KartraHttpClient;
import io.camelkartra.internal.KartraTransportSettings;
import io.camelkartra.internal.SourceAddressFilter;
import io.camelkartra.model.KartraInventory;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Call every Kartra API command, with typed results and typed errors, and receive Kartra's Outbound API events and
 * IPN payment notifications.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "kartra", title = "Kartra", syntax = "kartra:operation",
             category = { Category.SAAS, Category.API }, headersClass = KartraConstants.class)
public class KartraEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    @UriParam
    private KartraConfiguration configuration;

    private volatile URI serviceUri;
    private volatile KartraCredentials credentials;
    private volatile SourceAddressFilter sourceAddressFilter;

    public KartraEndpoint(String uri, KartraComponent component, KartraConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public KartraComponent getComponent() {
        return (KartraComponent) super.getComponent();
    }

    public KartraConfiguration getConfiguration() {
        return configuration;
    }

    /** Fails endpoint creation with a message naming the option when the endpoint cannot work. */
    void validateConfiguration() {
        if (configuration.getOperation().isConsumer()) {
            validateConsumerConfiguration();
            return;
        }
        requireOption("appId", configuration.getAppId());
        requireOption("apiKey", configuration.getApiKey());
        requireOption("apiPassword", configuration.getApiPassword());
        serviceUri = parseBaseUrl();
        if (configuration.getConnectTimeout() <= 0 || configuration.getRequestTimeout() <= 0) {
            throw new IllegalArgumentException("connectTimeout and requestTimeout must be positive");
        }
        if (configuration.getMaxConnections() < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1");
        }
        if (configuration.getRateLimitRetries() < 0 || configuration.getRateLimitRetries() > 3) {
            throw new IllegalArgumentException("rateLimitRetries must be between 0 and 3");
        }
        if (configuration.getRateLimitMaxWait() < 0) {
            throw new IllegalArgumentException("rateLimitMaxWait must not be negative");
        }
        if (configuration.getInventoryRefreshInterval() <= 0) {
            throw new IllegalArgumentException("inventoryRefreshInterval must be positive");
        }
        credentials = new KartraCredentials(configuration.getAppId(), configuration.getApiKey(), configuration.getApiPassword());
    }

    private void validateConsumerConfiguration() {
        if (configuration.getOperation() == KartraOperation.events) {
            requireOption("token", configuration.getToken());
        } else {
            requireOption("secretKey", configuration.getSecretKey());
        }
        if (configuration.getMaxBodySize() < 1) {
            throw new IllegalArgumentException("maxBodySize must be at least 1");
        }
        String path = consumerPath();
        if (path.length() < 2 || path.contains("?") || path.contains("#")) {
            throw new IllegalArgumentException("path must be an HTTP path like /kartra/" + configuration.getOperation());
        }
        sourceAddressFilter = SourceAddressFilter.parse(configuration.getAllowedAddresses());
    }

    private static void requireOption(String option, String value) {
        if (value == null || value.isBlank()) {
            String property = option.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
            throw new IllegalArgumentException("The Kartra option " + option + " is required: set it on the endpoint or, better, "
                                               + "for the whole component (camel.component.kartra." + property + ")");
        }
    }

    private URI parseBaseUrl() {
        String baseUrl = configuration.getBaseUrl();
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("baseUrl is not a valid URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getUserInfo() != null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL with a host and no user info, like https://app.kartra.com/api");
        }
        if (scheme.equals("http") && !configuration.isAllowPlainHttp()) {
            throw new IllegalArgumentException("baseUrl " + baseUrl + " is plain http: credentials would travel in clear and Kartra "
                                               + "answers error 201. Use https, or set allowPlainHttp=true for a local simulator.");
        }
        return uri;
    }

    @Override
    public Producer createProducer() throws Exception {
        if (configuration.getOperation().isConsumer()) {
            throw new IllegalArgumentException("kartra:" + configuration.getOperation() + " is a consumer: use it in from(...)");
        }
        return new KartraProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        Consumer consumer = switch (configuration.getOperation()) {
            case events -> new KartraEventsConsumer(this, processor);
            case ipn -> new KartraIpnConsumer(this, processor);
            default -> throw new UnsupportedOperationException("kartra:" + configuration.getOperation()
                                                               + " cannot consume; the consumers are kartra:events and kartra:ipn");
        };
        configureConsumer(consumer);
        return consumer;
    }

    /** The HTTP path of a consumer: the path option, or /kartra/events and /kartra/ipn. */
    String consumerPath() {
        String path = configuration.getPath();
        if (path == null || path.isBlank()) {
            return "/kartra/" + configuration.getOperation();
        }
        String trimmed = path.trim();
        return trimmed.startsWith("/") ? trimmed : "/" + trimmed;
    }

    SourceAddressFilter sourceAddressFilter() {
        return sourceAddressFilter;
    }

    URI serviceUri() {
        return serviceUri;
    }

    KartraCredentials credentials() {
        return credentials;
    }

    KartraHttpClient httpClient() {
        return getComponent().httpClient(new KartraTransportSettings(configuration.getConnectTimeout(),
                configuration.getMaxConnections(), configuration.getProxyHost(), configuration.getProxyPort(),
                configuration.getProxyAuthUsername(), configuration.getProxyAuthPassword(), configuration.getSslContextParameters()));
    }

    /** The account this endpoint calls, shared with the component's other endpoints that use the same credentials. */
    KartraAccount account() {
        if (configuration.getOperation().isConsumer()) {
            throw new IllegalStateException("kartra:" + configuration.getOperation() + " receives from Kartra and calls no account");
        }
        return getComponent().account(serviceUri, credentials);
    }

    /** The sender of this endpoint's calls: its rate limiter, its transport, its credentials, its account's observer. */
    KartraSender newSender() {
        return new KartraSender(new KartraSender.Settings(
                KartraHttpClient.Target.of(serviceUri, Duration.ofMillis(configuration.getRequestTimeout())), credentials,
                configuration.getAppId(), Duration.ofMillis(configuration.getRateLimitMaxWait()), configuration.getRateLimitRetries()),
                httpClient(), getComponent().effectiveRateLimiter(), getComponent().scheduler(), account().observer());
    }

    /** The path of this endpoint's calls, with the account's inventory check when the inventory is on. */
    KartraCallPath newCallPath() {
        KartraInventoryCheck inventoryCheck = configuration.isInventory()
                ? new KartraInventoryCheck(account().inventory(), Duration.ofMillis(configuration.getInventoryRefreshInterval()),
                        configuration.isValidateNames(), configuration.getUnknownCustomField() != KartraUnknownCustomField.warn)
                : null;
        return new KartraCallPath(inventoryCheck, newSender(), account().observer());
    }

    /**
     * Loads the account's inventory now (five calls) and completes with it; for routes and beans that know a name was
     * just added in Kartra. Completes exceptionally with the first failure when no part could be loaded.
     */
    public CompletableFuture<KartraInventory> refreshInventory() {
        return account().inventory().refresh(newSender()).thenApply(KartraEndpoint::inventoryOrFailure);
    }

    /** The account's inventory as last loaded, or null when it was never loaded; never calls Kartra. */
    public KartraInventory getInventory() {
        return account().inventory().current();
    }

    static KartraInventory inventoryOrFailure(KartraInventoryCache.Load load) {
        if (load.inventory() == null) {
            throw load.failure();
        }
        return load.inventory();
    }

    /** Kartra's URL for producers; the HTTP path posts arrive on for consumers. */
    @Override
    public String getServiceUrl() {
        return configuration.getOperation().isConsumer() ? consumerPath() : configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return configuration.getOperation().isConsumer() ? "http" : "https";
    }

    /** The operation only: the endpoint URI may carry credentials. */
    @Override
    public String toString() {
        return "KartraEndpoint[kartra:" + configuration.getOperation() + "]";
    }
}
