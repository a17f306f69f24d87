package io.camelkartra;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import javax.net.ssl.SSLContext;

import io.camelkartra.internal.KartraHttpClient;
import io.camelkartra.internal.KartraTransportSettings;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.hc.core5.ssl.SSLContexts;

/**
 * The {@code kartra:} component. Its {@link KartraConfiguration} holds the defaults of every endpoint (set them in
 * properties: {@code camel.component.kartra.api-key=...}), and it owns the resources endpoints share: one pooled HTTP
 * client per distinct transport setting, and a scheduler for timeouts.
 */
@Component("kartra")
public class KartraComponent extends HealthCheckComponent {

    @Metadata(description = "Default options of every kartra endpoint (credentials, baseUrl, timeouts, ...).")
    private KartraConfiguration configuration = new KartraConfiguration();

    private final Map<KartraTransportSettings, KartraHttpClient> clients = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService scheduler;

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
                    current = getCamelContext().getExecutorServiceManager().newScheduledThreadPool(this, "KartraScheduler", 1);
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
        ScheduledExecutorService current = scheduler;
        scheduler = null;
        if (current != null) {
            getCamelContext().getExecutorServiceManager().shutdown(current);
        }
        super.doStop();
    }
}
