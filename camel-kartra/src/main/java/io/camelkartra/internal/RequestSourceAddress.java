package io.camelkartra.internal;

import org.apache.camel.Message;

/**
 * The address a post came from, as the runtime's HTTP server reports it. The Vert.x server behind camel-platform-http
 * on Camel Main and Quarkus puts the peer's socket address in a header; other servers report none. Forwarding
 * headers ({@code X-Forwarded-For}) are not trusted: anyone can write them.
 */
public final class RequestSourceAddress {

    /** Set by camel-platform-http-vertx: the peer's socket address, rendered {@code host:port}. */
    static final String VERTX_REMOTE_ADDRESS = "CamelVertxPlatformHttpRemoteAddress";

    private RequestSourceAddress() {
    }

    /** The peer's IP address literal, or null when the server does not report it. */
    public static String of(Message message) {
        Object socketAddress = message.getHeader(VERTX_REMOTE_ADDRESS);
        if (socketAddress == null) {
            return null;
        }
        String text = socketAddress.toString();
        int portSeparator = text.lastIndexOf(':');
        String host = portSeparator > 0 ? text.substring(0, portSeparator) : text;
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host;
    }
}
