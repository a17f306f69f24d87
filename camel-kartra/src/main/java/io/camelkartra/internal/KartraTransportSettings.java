package io.camelkartra.internal;

import io.camelkartra.KartraConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The settings that shape an HTTP client. Endpoints whose settings are equal share one client and its connection
 * pool; the proxy password takes part in equality but never in {@link #toString()}.
 */
public record KartraTransportSettings(long connectTimeoutMillis, int maxConnections, String proxyHost, Integer proxyPort,
        String proxyAuthUsername, String proxyAuthPassword, SSLContextParameters sslContextParameters) {

    public static KartraTransportSettings of(KartraConfiguration config) {
        return new KartraTransportSettings(config.getConnectTimeout(), config.getMaxConnections(), config.getProxyHost(),
                config.getProxyPort(), config.getProxyAuthUsername(), config.getProxyAuthPassword(), config.getSslContextParameters());
    }

    @Override
    public String toString() {
        return "KartraTransportSettings[connectTimeout=" + connectTimeoutMillis + "ms, maxConnections=" + maxConnections
               + (proxyHost == null ? "" : ", proxy=" + proxyHost + ":" + proxyPort) + "]";
    }
}
