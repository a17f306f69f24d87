package io.camelkartra.examples.leadsync;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

import com.sun.management.HotSpotDiagnosticMXBean;
import io.camelkartra.simulator.KartraSimulator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Processor;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs a CSV of leads into Kartra and logs the Outbound API events the sync causes. The routes are in
 * {@code src/main/resources/routes/*.camel.yaml}; this class picks the Kartra to talk to (the embedded simulator unless
 * {@code KARTRA_APP_ID}, {@code KARTRA_API_KEY} and {@code KARTRA_API_PASSWORD} are set), runs Camel Main until every
 * row is done, and prints the summary.
 */
public final class LeadSyncApplication {

    private static final Logger LOG = LoggerFactory.getLogger("lead-sync");

    static final String KARTRA_URL = "https://app.kartra.com/api";
    static final String OUTBOUND_TOKEN = "KARTRA_OUTBOUND_TOKEN";
    static final String EVENT_LOG = "events.log";
    private static final Duration EVENT_POLL = Duration.ofMillis(200);

    private LeadSyncApplication() {
    }

    public static void main(String[] args) {
        if (!exitsOnOutOfMemoryError()) {
            LOG.warn("Started without -XX:+ExitOnOutOfMemoryError: should the heap run out, the sync could stall instead of "
                     + "ending with an error. Start it with: java -XX:+ExitOnOutOfMemoryError -jar lead-sync.jar");
        }
        int exitCode;
        try {
            exitCode = run(System.getenv(), new Properties()).exitCode();
        } catch (IllegalArgumentException e) {
            LOG.error(e.getMessage());
            exitCode = 2;
        } catch (Exception e) {
            LOG.error("The sync failed", e);
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    /**
     * Runs the sync to the end and returns its summary.
     *
     * @param environment where the Kartra credentials are looked up
     * @param overrides   properties that win over {@code application.properties} (the tests use them)
     */
    static SyncSummary run(Map<String, String> environment, Properties overrides) throws Exception {
        return run(environment, overrides, simulator -> {
        });
    }

    /**
     * As {@link #run(Map, Properties)}, handing the embedded simulator, once started, to {@code simulatorSetup} (the
     * tests inject faults with it).
     */
    static SyncSummary run(Map<String, String> environment, Properties overrides, Consumer<KartraSimulator> simulatorSetup)
            throws Exception {
        Optional<KartraAccount> account = KartraAccount.fromEnvironment(environment);
        Properties settings = settings(overrides);
        Path outputDir = Path.of(settings.getProperty("leadsync.output-dir")).toAbsolutePath().normalize();
        Files.createDirectories(outputDir);
        Path deadLetterFile = DeadLetters.create(outputDir);
        Path eventLog = outputDir.resolve(EVENT_LOG);
        Files.deleteIfExists(eventLog);

        KartraSimulator simulator = account.isEmpty() ? startSimulator(settings) : null;
        try {
            if (simulator != null) {
                simulatorSetup.accept(simulator);
            }
            Properties camel = new Properties();
            camel.setProperty("leadsync.output-dir", outputDir.toString());
            String token = environment.getOrDefault(OUTBOUND_TOKEN, randomToken());
            camel.setProperty("camel.component.kartra.token", token);
            if (simulator == null) {
                KartraAccount real = account.get();
                camel.setProperty("camel.component.kartra.base-url", KARTRA_URL);
                camel.setProperty("camel.component.kartra.app-id", real.appId());
                camel.setProperty("camel.component.kartra.api-key", real.apiKey());
                camel.setProperty("camel.component.kartra.api-password", real.apiPassword());
                LOG.info("Kartra: {} with the account in {}", KARTRA_URL, String.join(", ", KartraAccount.VARIABLES));
                if (!environment.containsKey(OUTBOUND_TOKEN)) {
                    LOG.info("Events: set {} to the token of the Outbound API URL configured in Kartra"
                             + " (http(s)://<this host>:{}/kartra/events?token=...) to receive them", OUTBOUND_TOKEN,
                            settings.getProperty("camel.server.port"));
                }
            } else {
                camel.putAll(simulator.camelProperties());
                // the simulator posts its events on loopback: nothing else needs to reach this server
                camel.setProperty("camel.server.host", "127.0.0.1");
                camel.setProperty("camel.server.port", String.valueOf(freePort()));
                LOG.info("Kartra: the embedded simulator at {} with its demo account (set {} to use your Kartra account)",
                        simulator.baseUrl(), String.join(", ", KartraAccount.VARIABLES));
            }
            camel.putAll(overrides);
            return sync(settings, camel, simulator, token, deadLetterFile, eventLog);
        } finally {
            if (simulator != null) {
                simulator.close();
            }
        }
    }

    private static SyncSummary sync(Properties settings, Properties camel, KartraSimulator simulator, String token,
            Path deadLetterFile, Path eventLog) throws Exception {
        Main main = new Main();
        main.setOverrideProperties(camel);
        SyncReport report = new SyncReport(Integer.parseInt(settings.getProperty("leadsync.progress-every")));
        main.bind("report", report);
        main.bind("deadLetters", new DeadLetters());
        main.bind("seenLeads", new SeenLeads());
        main.bind("countCallsOfFailedAttempt", (Processor) report::attemptFailed);
        main.bind("leadCsv", new LeadCsv(settings.getProperty("leadsync.input")));
        // camel-kartra finds this registry as camel-micrometer's (the bean name) and registers its meters in it
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        main.bind("metricsRegistry", metrics);
        main.start();
        try {
            CamelContext context = main.getCamelContext();
            if (simulator != null) {
                int port = Integer.parseInt(camel.getProperty("camel.server.port"));
                simulator.outbound().addWebhook("http://127.0.0.1:" + port + "/kartra/events?token=" + token);
            }
            // The sync starts only now, when the events route listens and the simulator knows where to post.
            context.getRouteController().startRoute("read-leads");
            while (!report.awaitFinished(Duration.ofSeconds(1))) {
                if (!context.getStatus().isStarted()) {
                    throw new IllegalStateException("Camel stopped before the sync finished");
                }
            }
            if (!report.hasFailed()) {
                awaitEvents(Duration.parse("PT" + settings.getProperty("leadsync.event-wait").toUpperCase()), report, simulator);
            }
            // only the embedded simulator can say what it has not delivered; a real Kartra does not
            SyncSummary.EventsNotLogged notLogged = simulator == null ? null
                    : new SyncSummary.EventsNotLogged(simulator.outbound().backlog(), simulator.outbound().dropped());
            SyncSummary summary = report.summary(deadLetterFile, eventLog, notLogged);
            System.out.print(summary.render());
            System.out.print(KartraMetricsSnapshot.render(metrics));
            return summary;
        } finally {
            main.stop();
        }
    }

    /**
     * Kartra posts events after its replies: waits for the last ones as long as they keep arriving, until none has come
     * for {@code quiet} or, with the embedded simulator, until it has delivered every event it emitted.
     */
    private static void awaitEvents(Duration quiet, SyncReport report, KartraSimulator simulator) throws InterruptedException {
        LOG.info("Waiting for the last events (until none has come for {} s)", quiet.toSeconds());
        long logged = report.eventCount();
        long lastArrival = System.nanoTime();
        while (System.nanoTime() - lastArrival < quiet.toNanos()) {
            if (simulator != null) {
                if (simulator.outbound().awaitIdle(EVENT_POLL)) {
                    return;
                }
            } else {
                Thread.sleep(EVENT_POLL.toMillis());
            }
            long now = report.eventCount();
            if (now != logged) {
                logged = now;
                lastArrival = System.nanoTime();
            }
        }
    }

    private static KartraSimulator startSimulator(Properties settings) {
        // Kartra's own limit, unless the component's client-side limit is set otherwise (the tests turn both off)
        int rateLimit = Integer.parseInt(settings.getProperty("camel.component.kartra.rate-limit"));
        return KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(rateLimit)
                // the sync reads the simulator's counts, never its logs of calls and deliveries: keep them short
                .callLogLimit(1_000).deliveryLogLimit(1_000)
                // events keep pace with the rows: eight deliveries under way at once, and a call that causes events
                // while a thousand wait is held back until there is room, so that none is dropped
                .outboundConcurrency(8).outboundQueueLimit(1_000).outboundBackpressure(true)
                .build().start();
    }

    private static Properties settings(Properties overrides) throws IOException {
        Properties settings = new Properties();
        try (InputStream in = LeadSyncApplication.class.getResourceAsStream("/application.properties")) {
            settings.load(in);
        }
        // java -Dleadsync.input=... -jar lead-sync.jar, as Camel Main would read it
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("leadsync.") || name.startsWith("camel."))
                .forEach(name -> settings.setProperty(name, System.getProperty(name)));
        settings.putAll(overrides);
        return settings;
    }

    /** Whether this JVM ends at the first OutOfMemoryError, with exit code 3 (HotSpot's -XX:+ExitOnOutOfMemoryError). */
    private static boolean exitsOnOutOfMemoryError() {
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return hotSpot != null && Boolean.parseBoolean(hotSpot.getVMOption("ExitOnOutOfMemoryError").getValue());
        } catch (IllegalArgumentException e) {
            // not a HotSpot JVM: it has its own options for this
            return true;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
