package io.camelkartra.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelkartra.simulator.state.CallProcessor;
import io.camelkartra.simulator.state.EventSimulator;
import io.camelkartra.simulator.state.OutboundDispatcher;
import io.camelkartra.simulator.state.SimulatorState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;

/**
 * A Kartra on loopback: the inbound API at {@code /api} over HTTP and/or HTTPS, the admin API at
 * {@code /_admin/}, rate limits, fault injection, outbound webhooks and IPN. Build it, {@link #start()}
 * it, point a client at {@link #baseUrl()} with {@link #demoCredentials()}, read the state back with
 * {@link #state()}, and {@link #close()} it.
 *
 * <pre>{@code
 * try (KartraSimulator sim = KartraSimulator.builder().httpPort(0).allowPlainHttp(true).build().start()) {
 *     // POST form bodies to sim.baseUrl()
 * }
 * }</pre>
 */
public final class KartraSimulator implements AutoCloseable {

    private static final String CAMEL_PREFIX = "camel.component.kartra.";

    private final Builder config;
    private final SimulatorSettings configuredSettings = new SimulatorSettings();
    private final SimulatorSettings settings = new SimulatorSettings();
    private final SimulatorState state;
    private final CallLog calls;
    private final FaultInjector faults;
    private final ReplyQueue replies = new ReplyQueue();
    private final OutboundDispatcher outbound;
    private final ObjectMapper json = SimulatorJson.create();
    private SimulatorServer server;
    private TlsMaterial tls;
    private Path tlsDirectory;
    private boolean stopped;

    private KartraSimulator(Builder config) {
        this.config = config;
        configuredSettings.allowPlainHttp(config.allowPlainHttp).rateLimit(config.rateLimit).maxBodyBytes(config.maxBodyBytes);
        settings.copyFrom(configuredSettings);
        state = new SimulatorState(config.clock, config.journalLimit);
        calls = new CallLog(config.callLogLimit);
        faults = new FaultInjector(config.seed);
        outbound = new OutboundDispatcher(json, config.clock, config.outboundConcurrency, config.outboundQueueLimit,
                config.deliveryLogLimit, config.outboundBackpressure);
        seed();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts the listeners; returns this. A stopped simulator cannot start again. */
    public synchronized KartraSimulator start() {
        if (server != null || stopped) {
            throw new IllegalStateException(stopped ? "stopped" : "already started");
        }
        try {
            if (config.httpsPort >= 0) {
                tlsDirectory = Files.createTempDirectory("kartra-simulator-tls");
                tls = TlsMaterial.generate(tlsDirectory);
            }
            CallProcessor processor = new CallProcessor(state, outbound);
            server = new SimulatorServer(config.bindAddress, config.httpPort, config.httpsPort, tls, processor, settings,
                    faults, replies, calls, new AdminHandler(this, json), json, config.clock);
            server.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Kartra simulator", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the simulator's TLS certificate", e);
        }
    }

    /** Stops the listeners and the outbound dispatcher, and deletes the trust store file. */
    public synchronized void stop() {
        stopped = true;
        replies.clear();
        if (server != null) {
            server.stop();
            server = null;
        }
        outbound.close();
        if (tlsDirectory != null) {
            try (Stream<Path> files = Files.walk(tlsDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary trust store is harmless
            }
            tlsDirectory = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Back to the start: the seeded state (demo data or empty), the settings as built, call log and
     * delivery log cleared, faults off, no queued reply, rate-limit buckets full. Webhook and IPN targets
     * stay. Calls held by a delayed or hanging reply end without a reply and are not recorded. Waits up to
     * two seconds for deliveries still in flight so they do not land in the cleared log.
     */
    public synchronized void reset() {
        replies.clear();
        try {
            outbound.awaitIdle(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        state.clear();
        seed();
        settings.copyFrom(configuredSettings);
        calls.clear();
        faults.clear();
        outbound.clearDeliveries();
        if (server != null) {
            server.refillRateLimits();
        }
    }

    private void seed() {
        if (config.demoData) {
            state.addDemoData();
        }
    }

    /** The plain HTTP API URL {@code http://127.0.0.1:<port>/api}, or the HTTPS one without an HTTP listener. */
    public String baseUrl() {
        return httpPort() >= 0 ? "http://" + host() + ":" + httpPort() + "/api" : httpsBaseUrl();
    }

    /** {@code https://localhost:<port>/api} (the certificate is for {@code localhost} and {@code 127.0.0.1}). */
    public String httpsBaseUrl() {
        requireListener(httpsPort(), "HTTPS");
        return "https://localhost:" + httpsPort() + "/api";
    }

    /** The admin API root, {@code …/_admin}, on HTTP when there is an HTTP listener. */
    public String adminUrl() {
        return httpPort() >= 0 ? "http://" + host() + ":" + httpPort() + "/_admin"
                : "https://localhost:" + httpsPort() + "/_admin";
    }

    private String host() {
        return config.bindAddress.isAnyLocalAddress() ? "127.0.0.1" : config.bindAddress.getHostAddress();
    }

    private static void requireListener(int port, String name) {
        if (port < 0) {
            throw new IllegalStateException("no " + name + " listener (not configured or not started)");
        }
    }

    /** The plain HTTP listener's port, or -1 without one (or before {@link #start()}). */
    public int httpPort() {
        SimulatorServer running = server;
        return running == null ? -1 : running.httpPort();
    }

    /** The HTTPS listener's port, or -1 without one (or before {@link #start()}). */
    public int httpsPort() {
        SimulatorServer running = server;
        return running == null ? -1 : running.httpsPort();
    }

    /** An {@link SSLContext} that trusts the simulator's self-signed certificate. */
    public SSLContext clientSslContext() {
        return requireTls().clientContext();
    }

    /** The PKCS12 trust store holding the simulator's certificate. */
    public Path trustStorePath() {
        return requireTls().trustStore();
    }

    /** The password of {@link #trustStorePath()}. */
    public String trustStorePassword() {
        return requireTls().trustStorePassword();
    }

    /** The simulator's certificate as a PEM file (e.g. for {@code curl --cacert}). */
    public Path certificatePemPath() {
        return requireTls().certificatePem();
    }

    private TlsMaterial requireTls() {
        if (tls == null) {
            throw new IllegalStateException("no HTTPS listener (not configured or not started)");
        }
        return tls;
    }

    /** The demo App and account's credentials (they work only with {@code demoData(true)}, the default). */
    public SimulatorCredentials demoCredentials() {
        return new SimulatorCredentials(SimulatorState.DEMO_APP_ID, SimulatorState.DEMO_API_KEY, SimulatorState.DEMO_API_PASSWORD);
    }

    /**
     * The {@code camel.component.kartra.*} properties that point Camel's kartra component at this simulator with the
     * demo credentials, in the kebab case Camel Main, Spring Boot and Quarkus bind: {@code base-url} (the plain HTTP
     * URL when there is an HTTP listener, with {@code allow-plain-http=true}; else the HTTPS one), {@code app-id},
     * {@code api-key}, {@code api-password} and, over HTTPS, an {@code ssl-context-parameters} that trusts the
     * simulator's certificate (made with Camel's {@code #class:} syntax, which Camel Main and Quarkus bind). The
     * simulator does not depend on Camel: these are plain strings.
     *
     * <pre>{@code
     * sim.camelProperties().forEach(main::addInitialProperty);                          // Camel Main
     * sim.camelProperties().forEach((key, value) -> registry.add(key, () -> value));    // Spring's @DynamicPropertySource
     * return sim.camelProperties();                                                     // a Quarkus test resource's start()
     * }</pre>
     */
    public Map<String, String> camelProperties() {
        String url = baseUrl();
        SimulatorCredentials demo = demoCredentials();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(CAMEL_PREFIX + "base-url", url);
        if (url.startsWith("http:")) {
            properties.put(CAMEL_PREFIX + "allow-plain-http", "true");
        } else {
            String trustStore = CAMEL_PREFIX + "ssl-context-parameters.trust-managers.key-store";
            properties.put(CAMEL_PREFIX + "ssl-context-parameters", "#class:org.apache.camel.support.jsse.SSLContextParameters");
            properties.put(CAMEL_PREFIX + "ssl-context-parameters.trust-managers",
                    "#class:org.apache.camel.support.jsse.TrustManagersParameters");
            properties.put(trustStore, "#class:org.apache.camel.support.jsse.KeyStoreParameters");
            properties.put(trustStore + ".resource", "file:" + trustStorePath());
            properties.put(trustStore + ".password", trustStorePassword());
            properties.put(trustStore + ".type", "PKCS12");
        }
        properties.put(CAMEL_PREFIX + "app-id", demo.appId());
        properties.put(CAMEL_PREFIX + "api-key", demo.apiKey());
        properties.put(CAMEL_PREFIX + "api-password", demo.apiPassword());
        return Collections.unmodifiableMap(properties);
    }

    /** The Apps and accounts: seed them before a call, read them back after. */
    public SimulatorState state() {
        return state;
    }

    /** Every call to {@code /api} with its request and outcome. */
    public CallLog calls() {
        return calls;
    }

    /** Faults at a rate, from a seed ({@link FaultPlan}); for the next calls one by one, see {@link #enqueue(Reply...)}. */
    public FaultInjector faults() {
        return faults;
    }

    /** Where Kartra's webhooks and IPN notifications go, and what was delivered. */
    public OutboundDispatcher outbound() {
        return outbound;
    }

    /** The switches that can change while the simulator runs. */
    public SimulatorSettings settings() {
        return settings;
    }

    /**
     * Queues replies for the next calls to {@code /api}, MockWebServer-style: each is used by the next call it
     * {@linkplain Reply#forCommand(String) matches}, in order; calls no queued reply matches get Kartra's own
     * reply (and the {@link #faults() fault plan}'s, if one is configured). {@link #reset()} empties the queue.
     *
     * <pre>{@code
     * sim.enqueue(Reply.tooManyRequests(), Reply.reset().afterCommand());
     * }</pre>
     */
    public KartraSimulator enqueue(Reply... next) {
        replies.add(List.of(next));
        return this;
    }

    /** How many queued replies no call has used yet. */
    public int queuedReplies() {
        return replies.size();
    }

    /** Simulates what happens in the account with {@code apiKey} outside the API (purchases, forms, videos…). */
    public EventSimulator events(String apiKey) {
        return new EventSimulator(state.account(apiKey), outbound);
    }

    /** Configures a simulator; every setting has a default. */
    public static final class Builder {
        private int httpPort = -1;
        private int httpsPort = -1;
        private boolean allowPlainHttp;
        private int rateLimit = 20;
        private long seed = 42L;
        private boolean demoData = true;
        private long maxBodyBytes = 1 << 20;
        private Clock clock = Clock.systemUTC();
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int journalLimit = 100_000;
        private int callLogLimit = 10_000;
        private int deliveryLogLimit = 10_000;
        private int outboundQueueLimit = 10_000;
        private int outboundConcurrency = 1;
        private boolean outboundBackpressure;

        private Builder() {
        }

        /** The plain HTTP listener's port (0 = a free one); without it there is none. */
        public Builder httpPort(int port) {
            httpPort = port;
            return this;
        }

        /** The HTTPS listener's port (0 = a free one); without it there is none. */
        public Builder httpsPort(int port) {
            httpsPort = port;
            return this;
        }

        /** Lets {@code /api} work over plain HTTP; otherwise it answers 201 "Connection not secure". */
        public Builder allowPlainHttp(boolean value) {
            allowPlainHttp = value;
            return this;
        }

        /** Calls per second per App; 0 = no limit. Default 20, as Kartra. */
        public Builder rateLimit(int value) {
            rateLimit = value;
            return this;
        }

        /** The seed of fault injection. Default 42. */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** Seeds the demo App and account (default true); false starts empty. */
        public Builder demoData(boolean value) {
            demoData = value;
            return this;
        }

        public Builder maxBodyBytes(long value) {
            maxBodyBytes = value;
            return this;
        }

        /** The clock of lead dates, payments, point expiry and the rate limiter (tests can use a fixed one). */
        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        /** Where to listen; default loopback. */
        public Builder bindAddress(String address) {
            try {
                bindAddress = InetAddress.getByName(address);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("unknown bind address " + address, e);
            }
            return this;
        }

        /**
         * How many journal entries each account keeps over all its leads (default 100,000); past that the oldest
         * are forgotten and counted in {@code Account.journalDropped()}. 0 keeps none.
         */
        public Builder journalLimit(int value) {
            journalLimit = value;
            return this;
        }

        /**
         * How many calls the call log keeps as {@link RecordedCall}s (default 10,000); older ones are counted in
         * {@link CallLog#entriesDropped()}. The counts cover every call whatever the limit.
         */
        public Builder callLogLimit(int value) {
            callLogLimit = value;
            return this;
        }

        /**
         * How many deliveries the outbound log keeps (default 10,000); older ones are counted in
         * {@link OutboundDispatcher#deliveryLogDropped()}.
         */
        public Builder deliveryLogLimit(int value) {
            deliveryLogLimit = value;
            return this;
        }

        /**
         * How many outbound deliveries may wait to be made (default 10,000); those past it are never made and are
         * counted in {@link OutboundDispatcher#dropped()}.
         */
        public Builder outboundQueueLimit(int value) {
            outboundQueueLimit = value;
            return this;
        }

        /**
         * How many outbound deliveries may be under way at once (default 1: each starts when the one before it has
         * ended). More keep up with a receiver that takes its time; they still start in the order the events
         * happened, but may end, and be logged, in another.
         */
        public Builder outboundConcurrency(int value) {
            outboundConcurrency = value;
            return this;
        }

        /**
         * Whether a call whose outbound events find the queue full waits until there is room, up to 5 s, before they
         * are dropped (default false: dropped at once). With it, calls never run further ahead of the events they
         * cause than the queue holds: a client that makes calls faster than its receiver takes events is slowed down
         * instead of losing them.
         */
        public Builder outboundBackpressure(boolean value) {
            outboundBackpressure = value;
            return this;
        }

        public KartraSimulator build() {
            if (httpPort < 0 && httpsPort < 0) {
                throw new IllegalStateException("configure httpPort and/or httpsPort");
            }
            return new KartraSimulator(this);
        }
    }
}
