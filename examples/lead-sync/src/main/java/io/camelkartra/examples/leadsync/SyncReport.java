package io.camelkartra.examples.leadsync;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import io.camelkartra.KartraConstants;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts what happens to every row, the calls made and the events received, logs progress, and makes the summary.
 * The routes call it at the end of each path a row can take, so that every row lands in exactly one outcome.
 */
public final class SyncReport {

    private static final Logger LOG = LoggerFactory.getLogger("lead-sync");

    static final String REASON = "reason";

    private final int progressEvery;
    private volatile long startNanos = System.nanoTime();
    private volatile long finishedNanos;
    private volatile int rows;
    private final AtomicInteger done = new AtomicInteger();
    private final Map<String, AtomicInteger> synced = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> deadLetters = new ConcurrentHashMap<>();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger notSent = new AtomicInteger();
    private final LongAdder calls = new LongAdder();
    private final AtomicInteger redeliveries = new AtomicInteger();
    private final Map<String, AtomicInteger> events = new ConcurrentHashMap<>();
    private volatile String alert;
    private volatile String failure;
    private final CountDownLatch finished = new CountDownLatch(1);

    public SyncReport(int progressEvery) {
        this.progressEvery = progressEvery;
    }

    /** The sync starts: the clock of the summary's elapsed time too. */
    public void started() {
        startNanos = System.nanoTime();
        LOG.info("Syncing the rows (a progress line every {} rows)", progressEvery);
    }

    /** The lead was upserted with its tags and lists. */
    public void synced(Exchange exchange) {
        countCalls(exchange);
        String result = exchange.getMessage().getHeader(KartraConstants.UPSERT_RESULT, "synced", String.class);
        count(exchange, synced, result);
    }

    public void duplicate(Exchange exchange) {
        duplicates.incrementAndGet();
        rowDone(exchange);
    }

    /** The row went to the dead-letter file, for the reason in the exchange property {@value #REASON}. */
    public void deadLettered(Exchange exchange) {
        countCalls(exchange);
        count(exchange, deadLetters, exchange.getProperty(REASON, "unknown", String.class));
    }

    /** The row was not sent because the sync has stopped (or it was the one that made it stop). */
    public void notSent(Exchange exchange) {
        countCalls(exchange);
        notSent.incrementAndGet();
        rowDone(exchange);
    }

    /**
     * Called as soon as an attempt fails, before Camel restores the message for the redelivery (which drops the
     * attempt's call-count header).
     */
    public void attemptFailed(Exchange exchange) {
        countCalls(exchange);
    }

    /**
     * Kartra refused the credentials or the App: nothing else can succeed, so the sync stops here. The rows already in
     * flight end here too, with the same alert, logged once.
     */
    public synchronized void stop(Exchange exchange) {
        if (alert == null) {
            Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
            alert = cause == null ? "stopped" : cause.getMessage();
                LOG.error("ALERT: Kartra refused the call: {}. The sync stops; the remaining rows are not sent. Check the App "
                      + "id and the account's API key and password ({}).",
                    alert, String.join(", ", KartraAccount.VARIABLES));
        }
        notSent(exchange);
    }

    public boolean isStopped() {
        return alert != null;
    }

    public void event(Exchange exchange) {
        events.computeIfAbsent(exchange.getMessage().getHeader(KartraConstants.EVENT_ACTION, "unknown", String.class),
                k -> new AtomicInteger()).incrementAndGet();
    }

    /** Every row of the file has been through the sync. */
    public void finished(LeadRows read) {
        rows = read.count();
        finishedNanos = System.nanoTime();
        finished.countDown();
    }

    /** The sync itself failed (the CSV could not be read, say). */
    public void failed(Exchange exchange) {
        if (exchange.getMessage().getBody() instanceof LeadRows read) {
            rows = read.count();
        }
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        failure = cause == null ? "failed" : cause.getMessage();
        LOG.error("The sync failed: {}", failure);
        finishedNanos = System.nanoTime();
        finished.countDown();
    }

    boolean hasFailed() {
        return failure != null;
    }

    long eventCount() {
        return total(events);
    }

    boolean awaitFinished(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** @param eventsNotLogged what the Kartra sent that did not reach the event log, or null when it does not say */
    SyncSummary summary(Path deadLetterFile, Path eventLog, SyncSummary.EventsNotLogged eventsNotLogged) {
        return new SyncSummary(rows, snapshot(synced), snapshot(deadLetters), duplicates.get(), notSent.get(),
                calls.sum(), redeliveries.get(), snapshot(events), eventsNotLogged, Duration.ofNanos(finishedNanos - startNanos),
                Duration.ofNanos(System.nanoTime() - startNanos),
                deadLetterFile, eventLog, alert, failure);
    }

    private void count(Exchange exchange, Map<String, AtomicInteger> counters, String key) {
        counters.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        rowDone(exchange);
    }

    private void countCalls(Exchange exchange) {
        Integer made = exchange.getMessage().getHeader(KartraConstants.CALL_COUNT, Integer.class);
        if (made != null) {
            calls.add(made);
        }
        // a redelivered attempt sets the header again: count each attempt once
        exchange.getMessage().removeHeader(KartraConstants.CALL_COUNT);
    }

    private void rowDone(Exchange exchange) {
        redeliveries.addAndGet(exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class));
        int n = done.incrementAndGet();
        if (n % progressEvery == 0) {
            double seconds = Math.max((System.nanoTime() - startNanos) / 1e9, 0.001);
            LOG.info("Progress: {} rows, {} synced, {} dead letters, {} duplicates, {} events so far ({} rows/s)", n,
                    total(synced), total(deadLetters), duplicates.get(), total(events), String.format("%.1f", n / seconds));
        }
    }

    private static long total(Map<String, AtomicInteger> counters) {
        return counters.values().stream().mapToLong(AtomicInteger::get).sum();
    }

    private static Map<String, Integer> snapshot(Map<String, AtomicInteger> counters) {
        Map<String, Integer> copy = new TreeMap<>();
        counters.forEach((key, value) -> copy.put(key, value.get()));
        return copy;
    }
}
