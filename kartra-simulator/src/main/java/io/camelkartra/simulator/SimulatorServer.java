package io.camelkartra.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.camelkartra.simulator.state.CallProcessor;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK's HTTP and HTTPS servers on loopback (or the given address), sharing one bounded worker
 * pool: {@code /api} (Kartra) and {@code /_admin/} (the simulator's own JSON API) on both.
 */
final class SimulatorServer {

    /** Workers; bounded, and large enough that injected latency on some calls does not stall others. */
    static final int WORKERS = 64;

    static {
        // The JDK server writes headers and body in separate packets; without TCP_NODELAY a keep-alive
        // client waits for the delayed ACK (~40 ms) on every call. Must be set before the server loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final RateLimiter rateLimiter;
    private final ExecutorService workers;
    private final HttpServer http;
    private final HttpsServer https;

    /** Ports: -1 = no such listener, 0 = a free port. {@code tls} is needed only with HTTPS. */
    SimulatorServer(InetAddress address, int httpPort, int httpsPort, TlsMaterial tls, CallProcessor processor,
            SimulatorSettings settings, FaultInjector faults, ReplyQueue replies, CallLog calls, HttpHandler admin, ObjectMapper json,
            Clock clock) throws IOException {
        rateLimiter = new RateLimiter(clock);
        AtomicInteger threads = new AtomicInteger();
        workers = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread thread = new Thread(r, "kartra-simulator-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        ((ThreadPoolExecutor) workers).allowCoreThreadTimeOut(true);
        http = httpPort < 0 ? null : HttpServer.create(new InetSocketAddress(address, httpPort), 256);
        https = httpsPort < 0 ? null : HttpsServer.create(new InetSocketAddress(address, httpsPort), 256);
        if (http != null) {
            setUp(http, new ApiHandler(false, processor, settings, rateLimiter, faults, replies, calls, json, clock), admin);
        }
        if (https != null) {
            https.setHttpsConfigurator(new HttpsConfigurator(tls.serverContext()));
            setUp(https, new ApiHandler(true, processor, settings, rateLimiter, faults, replies, calls, json, clock), admin);
        }
    }

    private void setUp(HttpServer server, HttpHandler api, HttpHandler admin) {
        server.createContext("/api", api);
        // Without a root context the JDK server rejects other paths by closing the connection, which a client
        // reusing it can read as an empty reply; the API handler answers them nginx's 404 and keeps it open.
        server.createContext("/", api);
        server.createContext("/_admin/", admin);
        server.setExecutor(workers);
    }

    void start() {
        if (http != null) {
            http.start();
        }
        if (https != null) {
            https.start();
        }
    }

    void stop() {
        if (http != null) {
            http.stop(0);
        }
        if (https != null) {
            https.stop(0);
        }
        workers.shutdownNow();
    }

    /** Refills every App's rate-limit bucket. */
    void refillRateLimits() {
        rateLimiter.reset();
    }

    /** The bound port, or -1 without that listener. */
    int httpPort() {
        return http == null ? -1 : http.getAddress().getPort();
    }

    int httpsPort() {
        return https == null ? -1 : https.getAddress().getPort();
    }
}
