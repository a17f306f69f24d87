package io.camelkartra.internal;

import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The settings that shape an HTTP client. Endpoints whose settings are equal share one client and its connection
 * pool; the proxy password takes part in equality but never in {@link #toString()}.
 */
public record KartraTransportSettings(long connectTimeoutMillis, int maxConnections, String proxyHost, Integer proxyPort,
        String proxyAuthUsername, String proxyAuthPassword, SSLContextParameters sslContextParameters) {

    @Override
    public String toString() {
        return "KartraTransportSettings[connectTimeout=" + connectTimeoutMillis + "ms, maxConnections=" + maxConnections
               + (proxyHost == null ? "" : ", proxy=" + proxyHost + ":" + proxyPort) + "]";
    }
}
