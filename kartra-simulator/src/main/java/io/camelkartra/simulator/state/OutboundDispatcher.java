package io.camelkartra.simulator.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Posts Outbound API events (JSON) and IPN notifications (form) to the registered URLs, in the order
 * they happened, on its own thread, so an API reply never waits for them. Like Kartra it does not
 * retry and signs nothing. Every POST is logged as a {@link Delivery}.
 * <p>
 * Everything it holds is bounded: at most {@code queueLimit} deliveries wait (those past it are never
 * made, and counted in {@link #dropped()}), each as its rendered body; the log keeps the latest
 * {@code logLimit} (older ones are counted in {@link #deliveryLogDropped()}). With a concurrency of 1
 * a delivery starts when the one before it has ended; with more, that many are under way at once,
 * still started in order, so that it keeps up with a receiver that takes its time. {@link #backlog()}
 * and {@link #lag()} say how far behind it is.
 */
public final class OutboundDispatcher implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** A delivery waiting to be made; {@code queuedAt} in {@link System#nanoTime()}. */
    private record Pending(String kind, String url, String action, String contentType, String body, long queuedAt) {
    }

    private final ObjectMapper json;
    private final Clock clock;
    private final int logLimit;
    private final boolean backpressure;
    private final List<WebhookTarget> webhooks = new CopyOnWriteArrayList<>();
    private final List<IpnTarget> ipnTargets = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Pending> queue;
    private final Semaphore underWay;
    private final Deque<Delivery> deliveries = new ArrayDeque<>();
    private long deliveryLogDropped;
    private final LongAdder dropped = new LongAdder();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    private final Thread sender;
    private final Object idle = new Object();
    /** Deliveries queued or under way. */
    private int backlog;

    /**
     * @param concurrency how many deliveries may be under way at once (1: one at a time)
     * @param queueLimit  how many deliveries may wait; more are dropped
     * @param logLimit    how many deliveries the log keeps
     * @param backpressure whether a call whose events find the queue full waits for room (up to 5 s) rather than
     *                    dropping them at once
     */
    public OutboundDispatcher(ObjectMapper json, Clock clock, int concurrency, int queueLimit, int logLimit,
            boolean backpressure) {
        if (concurrency < 1 || queueLimit < 1 || logLimit < 0) {
            throw new IllegalArgumentException("the outbound concurrency and queue limit must be positive, the log limit not negative");
        }
        this.json = json;
        this.clock = clock;
        this.logLimit = logLimit;
        this.backpressure = backpressure;
        this.queue = new LinkedBlockingQueue<>(queueLimit);
        this.underWay = new Semaphore(concurrency);
        this.sender = new Thread(this::sendInOrder, "kartra-simulator-outbound");
        sender.setDaemon(true);
        sender.start();
    }

    /** Subscribes {@code url} to these actions (all when none are given) of every account. */
    public WebhookTarget addWebhook(String url, String... actions) {
        return addWebhook(new WebhookTarget(url, Set.of(actions), null));
    }

    public WebhookTarget addWebhook(WebhookTarget target) {
        webhooks.add(target);
        return target;
    }

    /** Sends the IPN notifications of every account and product to {@code url}, with this {@code secret_key}. */
    public IpnTarget addIpn(String url, String secretKey) {
        return addIpn(new IpnTarget(url, secretKey, null, Set.of()));
    }

    public IpnTarget addIpn(IpnTarget target) {
        ipnTargets.add(target);
        return target;
    }

    public List<WebhookTarget> webhooks() {
        return List.copyOf(webhooks);
    }

    public List<IpnTarget> ipnTargets() {
        return List.copyOf(ipnTargets);
    }

    /** Removes every webhook and IPN target and forgets the delivery log. */
    public void clear() {
        webhooks.clear();
        ipnTargets.clear();
        clearDeliveries();
    }

    /** Forgets the delivery log, and the counts of what it and the queue dropped. */
    public void clearDeliveries() {
        synchronized (deliveries) {
            deliveries.clear();
            deliveryLogDropped = 0;
        }
        dropped.reset();
    }

    /** Collects the events of a change to the account with {@code apiKey}; call while it is locked. */
    OutboundBatch batch(String apiKey, AccountData data) {
        return new OutboundBatch(this, apiKey, data);
    }

    /** Waits until every queued delivery is done; false if that took longer than {@code timeout}. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (backlog > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
            return true;
        }
    }

    /** Deliveries waiting or under way: how far behind the events the emitter is. */
    public int backlog() {
        synchronized (idle) {
            return backlog;
        }
    }

    /** How long the oldest waiting delivery has waited (zero when none waits). */
    public Duration lag() {
        Pending oldest = queue.peek();
        return oldest == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - oldest.queuedAt());
    }

    /** Deliveries never made because {@code queueLimit} were already waiting. */
    public long dropped() {
        return dropped.sum();
    }

    /** The latest deliveries, oldest first. */
    public List<Delivery> deliveries() {
        synchronized (deliveries) {
            return List.copyOf(deliveries);
        }
    }

    /** Deliveries made but no longer in the log, which keeps the latest {@code logLimit}. */
    public long deliveryLogDropped() {
        synchronized (deliveries) {
            return deliveryLogDropped;
        }
    }

    /** Queues the deliveries of a message, rendered once for all its targets. */
    void enqueue(String apiKey, OutboundBatch.Outgoing message) {
        if (message instanceof OutboundBatch.Webhook webhook) {
            List<WebhookTarget> targets = webhooks.stream().filter(t -> t.accepts(apiKey, webhook.action())).toList();
            if (!targets.isEmpty()) {
                String body = render(webhook);
                targets.forEach(target -> queue("webhook", target.url(), webhook.action(), "application/json", body));
            }
        } else if (message instanceof OutboundBatch.Ipn ipn) {
            ipnTargets.stream().filter(t -> t.accepts(apiKey, ipn.productId()))
                    .forEach(target -> queue("ipn", target.url(), ipn.transactionType(), "application/x-www-form-urlencoded",
                            form(target, ipn)));
        }
    }

    private void queue(String kind, String url, String action, String contentType, String body) {
        synchronized (idle) {
            backlog++;
        }
        boolean queued;
        try {
            Pending pending = new Pending(kind, url, action, contentType, body, System.nanoTime());
            queued = backpressure ? queue.offer(pending, TIMEOUT.toMillis(), TimeUnit.MILLISECONDS) : queue.offer(pending);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            queued = false;
        }
        if (!queued) {
            dropped.increment();
            delivered();
        }
    }

    /** One delivery less in the backlog. */
    private void delivered() {
        synchronized (idle) {
            if (--backlog == 0) {
                idle.notifyAll();
            }
        }
    }

    private String render(OutboundBatch.Webhook webhook) {
        try {
            return json.writeValueAsString(webhook.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render event", e);
        }
    }

    private static String form(IpnTarget target, OutboundBatch.Ipn ipn) {
        Map<String, String> form = new LinkedHashMap<>(ipn.form());
        form.put("secret_key", target.secretKey());
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * The sender thread: starts each delivery in turn as soon as fewer than the concurrency are under way. It takes a
     * delivery from the queue only then, so that the queue alone holds what waits.
     */
    private void sendInOrder() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                underWay.acquire();
                Pending next = queue.take();
                post(next).whenComplete((delivery, failure) -> {
                    log(delivery);
                    underWay.release();
                    delivered();
                });
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private CompletableFuture<Delivery> post(Pending pending) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(pending.url())).timeout(TIMEOUT)
                    .header("Content-Type", pending.contentType())
                    .POST(HttpRequest.BodyPublishers.ofString(pending.body(), StandardCharsets.UTF_8)).build();
            return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .handle((response, failure) -> failure == null ? delivery(pending, response.statusCode(), null)
                            : delivery(pending, -1, (failure instanceof CompletionException && failure.getCause() != null
                                    ? failure.getCause() : failure).toString()));
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(delivery(pending, -1, e.toString()));
        }
    }

    private Delivery delivery(Pending pending, int status, String error) {
        return new Delivery(clock.instant(), pending.kind(), pending.url(), pending.action(), status, error, pending.body());
    }

    private void log(Delivery delivery) {
        synchronized (deliveries) {
            if (logLimit == 0) {
                deliveryLogDropped++;
                return;
            }
            if (deliveries.size() == logLimit) {
                deliveries.removeFirst();
                deliveryLogDropped++;
            }
            deliveries.addLast(delivery);
        }
    }

    @Override
    public void close() {
        sender.interrupt();
    }
}
