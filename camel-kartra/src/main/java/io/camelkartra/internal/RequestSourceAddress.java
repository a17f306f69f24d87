package io.camelkartra.internal;

import jakarta.servlet.ServletRequest;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The address a post came from, as the runtime's HTTP server reports it: the Vert.x server behind camel-platform-http
 * on Camel Main and Quarkus puts the peer's socket address in a header; servlet-based servers (the Spring Boot
 * platform-http starter) put the request in one, whose remote address is the peer's, or the client's when the
 * container is set to trust a proxy's forwarding headers. Other servers report none. Forwarding headers
 * ({@code X-Forwarded-For}) are not read here: anyone can write them.
 */
public final class RequestSourceAddress {

    /** Set by camel-platform-http-vertx: the peer's socket address, rendered {@code host:port}. */
    static final String VERTX_REMOTE_ADDRESS = "CamelVertxPlatformHttpRemoteAddress";

    private RequestSourceAddress() {
    }

    /** The peer's IP address literal, or null when the server does not report it. */
    public static String of(Message message) {
        Object socketAddress = message.getHeader(VERTX_REMOTE_ADDRESS);
        if (socketAddress != null) {
            return host(socketAddress.toString());
        }
        if (message.getHeader(Exchange.HTTP_SERVLET_REQUEST) instanceof ServletRequest request) {
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String host(String socketAddress) {
        int portSeparator = socketAddress.lastIndexOf(':');
        String host = portSeparator > 0 ? socketAddress.substring(0, portSeparator) : socketAddress;
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host;
    }
}
