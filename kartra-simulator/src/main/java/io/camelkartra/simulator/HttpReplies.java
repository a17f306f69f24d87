package io.camelkartra.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writing whole replies to an exchange. */
final class HttpReplies {

    static final String JSON = "application/json";
    static final String HTML = "text/html; charset=utf-8";

    private HttpReplies() {
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** An nginx-style HTML error page, what a proxy in front of Kartra would answer. */
    static void sendHtml(HttpExchange exchange, int status, String title) throws IOException {
        String page = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        send(exchange, status, HTML, page.getBytes(StandardCharsets.UTF_8));
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "200 OK";
            case 404 -> "404 Not Found";
            case 413 -> "413 Request Entity Too Large";
            case 500 -> "500 Internal Server Error";
            case 502 -> "502 Bad Gateway";
            case 503 -> "503 Service Temporarily Unavailable";
            case 504 -> "504 Gateway Time-out";
            default -> status + " Error";
        };
    }
}
