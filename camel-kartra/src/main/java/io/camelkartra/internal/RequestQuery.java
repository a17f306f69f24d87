package io.camelkartra.internal;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The query string of a post as the HTTP server put it on the message: read a parameter, or remove one (a credential)
 * from the headers that repeat it (the parameter's own header, the query and the URI), so that it reaches no route,
 * log or reply.
 */
public final class RequestQuery {

    private RequestQuery() {
    }

    /** The parameter's last value, or null when absent or the query is malformed. */
    public static String parameter(Message message, String name) {
        String query = message.getHeader(Exchange.HTTP_RAW_QUERY, String.class);
        if (query == null) {
            query = message.getHeader(Exchange.HTTP_QUERY, String.class);
        }
        try {
            return UrlEncodedForm.parse(query).get(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Removes the parameter from every header that carries it. */
    public static void remove(Message message, String name) {
        message.removeHeader(name);
        for (String header : new String[] { Exchange.HTTP_QUERY, Exchange.HTTP_RAW_QUERY }) {
            String query = message.getHeader(header, String.class);
            if (query != null) {
                message.setHeader(header, UrlEncodedForm.without(query, name));
            }
        }
        for (String header : new String[] { Exchange.HTTP_URI, Exchange.HTTP_URL }) {
            String uri = message.getHeader(header, String.class);
            int question = uri == null ? -1 : uri.indexOf('?');
            if (question >= 0) {
                String query = UrlEncodedForm.without(uri.substring(question + 1), name);
                message.setHeader(header, query.isEmpty() ? uri.substring(0, question) : uri.substring(0, question + 1) + query);
            }
        }
    }
}
