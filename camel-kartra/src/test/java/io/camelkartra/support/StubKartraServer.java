package io.camelkartra.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A scripted HTTP server on loopback for unit-level route tests: it records every request body and answers from a
 * queue of canned replies (default: a single-action success). For Kartra's behaviour, tests use the simulator.
 */
public final class StubKartraServer implements AutoCloseable {

    /** One canned reply. */
    public record Reply(int status, String contentType, String body, long delayMillis, boolean hangsUp, String retryAfter) {

        public static Reply json(String body) {
            return new Reply(200, "application/json", body, 0, false, null);
        }

        public static Reply status(int status, String contentType, String body) {
            return new Reply(status, contentType, body, 0, false, null);
        }

        /** Closes the connection without answering. */
        public static Reply hangUp() {
            return new Reply(0, null, null, 0, true, null);
        }

        public Reply delayed(long millis) {
            return new Reply(status, contentType, body, millis, hangsUp, retryAfter);
        }

        public Reply withRetryAfter(String value) {
            return new Reply(status, contentType, body, delayMillis, hangsUp, value);
        }
    }

    /** One received request. */
    public record Request(String method, String path, String contentType, String body) {
    }

    private final HttpServer server;
    private final BlockingQueue<Reply> replies = new LinkedBlockingQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private static final Reply DEFAULT_FALLBACK = Reply.json("{\"status\":\"Success\",\"message\":\"Tag added to lead\",\"type\":\"103\"}");
    private volatile Reply fallback = DEFAULT_FALLBACK;

    public StubKartraServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "stub-kartra");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /** Queues replies, used in order; when the queue is empty the fallback answers. */
    public StubKartraServer reply(Reply... next) {
        replies.addAll(List.of(next));
        return this;
    }

    public StubKartraServer replyJson(String... bodies) {
        for (String body : bodies) {
            replies.add(Reply.json(body));
        }
        return this;
    }

    public StubKartraServer fallback(Reply reply) {
        this.fallback = reply;
        return this;
    }

    /** Forgets the recorded requests, the queued replies a previous test left unused and any fallback it set. */
    public void reset() {
        requests.clear();
        replies.clear();
        fallback = DEFAULT_FALLBACK;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public List<Request> requests() {
        return requests;
    }

    public Request lastRequest() {
        return requests.get(requests.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
        }
        Reply reply = replies.poll();
        if (reply == null) {
            reply = fallback;
        }
        if (reply.delayMillis() > 0) {
            try {
                released.await(reply.delayMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (reply.hangsUp()) {
            exchange.close();
            return;
        }
        byte[] bytes = reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
        if (reply.contentType() != null) {
            exchange.getResponseHeaders().add("Content-Type", reply.contentType());
        }
        if (reply.retryAfter() != null) {
            exchange.getResponseHeaders().add("Retry-After", reply.retryAfter());
        }
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
