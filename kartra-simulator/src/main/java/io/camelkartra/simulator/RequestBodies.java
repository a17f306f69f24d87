package io.camelkartra.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;

/** Reads request bodies up to a limit without ever holding more than the limit in memory. */
final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * The body, or null when it is larger than {@code max}: refused at once when {@code Content-Length}
     * says so (nothing is read), else after reading at most {@code max + 1} bytes.
     */
    static byte[] read(HttpExchange exchange, long max) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > max) {
                    return null;
                }
            } catch (NumberFormatException e) {
                // the JDK server has already refused a malformed length; nothing to decide here
            }
        }
        InputStream in = exchange.getRequestBody();
        byte[] body = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        return body.length > max ? null : body;
    }
}
