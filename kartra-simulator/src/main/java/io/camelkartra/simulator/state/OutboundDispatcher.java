package io.camelkartra.simulator.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Posts Outbound API events (JSON) and IPN notifications (form) to the registered URLs, one at a
 * time in the order they happened, on a background thread, so an API reply never waits for them.
 * Like Kartra it does not retry and signs nothing. Every POST is logged as a {@link Delivery}.
 */
public final class OutboundDispatcher implements AutoCloseable {

    /** Deliveries kept for {@link #deliveries()}; older ones are dropped. */
    static final int DELIVERY_LOG_SIZE = 10_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final ObjectMapper json;
    private final Clock clock;
    private final List<WebhookTarget> webhooks = new CopyOnWriteArrayList<>();
    private final List<IpnTarget> ipnTargets = new CopyOnWriteArrayList<>();
    private final Deque<Delivery> deliveries = new ArrayDeque<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "kartra-simulator-outbound");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Object idle = new Object();
    private int pending;

    public OutboundDispatcher(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
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

    public void clearDeliveries() {
        synchronized (deliveries) {
            deliveries.clear();
        }
    }

    /** Collects the events of a change to the account with {@code apiKey}; call while it is locked. */
    OutboundBatch batch(String apiKey, AccountData data) {
        return new OutboundBatch(this, apiKey, data);
    }

    /** Waits until every queued delivery is done; false if that took longer than {@code timeout}. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (pending > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
            return true;
        }
    }

    /** The deliveries so far, oldest first. */
    public List<Delivery> deliveries() {
        synchronized (deliveries) {
            return List.copyOf(deliveries);
        }
    }

    void enqueue(String apiKey, OutboundBatch.Outgoing message) {
        if (message instanceof OutboundBatch.Webhook webhook) {
            webhooks.stream().filter(t -> t.accepts(apiKey, webhook.action()))
                    .forEach(target -> submit(() -> postJson(target.url(), webhook)));
        } else if (message instanceof OutboundBatch.Ipn ipn) {
            ipnTargets.stream().filter(t -> t.accepts(apiKey, ipn.productId()))
                    .forEach(target -> submit(() -> postForm(target, ipn)));
        }
    }

    private void submit(Runnable delivery) {
        synchronized (idle) {
            pending++;
        }
        executor.execute(() -> {
            try {
                delivery.run();
            } finally {
                synchronized (idle) {
                    if (--pending == 0) {
                        idle.notifyAll();
                    }
                }
            }
        });
    }

    private void postJson(String url, OutboundBatch.Webhook webhook) {
        String body;
        try {
            body = json.writeValueAsString(webhook.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render event", e);
        }
        post("webhook", url, webhook.action(), "application/json", body);
    }

    private void postForm(IpnTarget target, OutboundBatch.Ipn ipn) {
        Map<String, String> form = new LinkedHashMap<>(ipn.form());
        form.put("secret_key", target.secretKey());
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        post("ipn", target.url(), ipn.transactionType(), "application/x-www-form-urlencoded", body);
    }

    private void post(String kind, String url, String action, String contentType, String body) {
        int status = -1;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | IllegalArgumentException e) {
            error = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = e.toString();
        }
        Delivery delivery = new Delivery(clock.instant(), kind, url, action, status, error, body);
        synchronized (deliveries) {
            if (deliveries.size() == DELIVERY_LOG_SIZE) {
                deliveries.removeFirst();
            }
            deliveries.addLast(delivery);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
