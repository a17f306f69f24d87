package io.camelkartra.internal;

import org.apache.camel.Exchange;
import org.apache.camel.http.base.HttpHeaderFilterStrategy;

/**
 * Header filter of the consumers' HTTP endpoints: requests are read as usual, but replies carry no message header
 * except {@code Allow}, so nothing a post or a route put on the message (a query parameter, a form field, a route's
 * header) is echoed back. The server sets the status, content type and length itself.
 */
public final class WebhookReplyHeaderFilter extends HttpHeaderFilterStrategy {

    @Override
    public boolean applyFilterToCamelHeaders(String headerName, Object headerValue, Exchange exchange) {
        return !"Allow".equalsIgnoreCase(headerName);
    }
}
