package io.camelkartra;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.BucketListener;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One budget per App for every replica, kept in a shared store through bucket4j's distributed buckets, with the same
 * rules as the in-JVM bucket ({@link TokenBucketRateLimiter#configuration}: {@code rateLimit} calls per second, a tenth
 * of a second of burst). The store's key is the prefix and a SHA-256 digest of the App id, never the id.
 * <p>
 * The failure policy: a call whose store request fails, or gets no answer within {@code rateLimitStoreTimeout} (or
 * within its {@code rateLimitMaxWait}, if shorter), takes its slot from this replica's local share instead
 * ({@code rateLimit / rateLimitReplicas}), in the time left of its wait. The store is then taken as down: calls use
 * the local share without waiting for the store, except one call per {@link #PROBE_INTERVAL} that tries it; when the
 * store answers, the replica returns to the shared budget. Going down logs one warning, coming back one line (a store
 * that goes down again within {@link #WARNING_INTERVAL} is logged at debug level). Three charges keep the App under its
 * limit across the switches: the shared slots this replica still holds for later are charged to its local share when
 * it goes down, the local slots it still holds are charged to the shared bucket when the store comes back (a store
 * back from a crash has forgotten everything), and each local slot is also taken from the shared bucket, without
 * waiting, when the store takes the request, so that a replica cut off by a slow store does not send on top of the
 * others' shared budget.
 */
final class SharedRateLimiter implements KartraRateLimiter, AutoCloseable {

    /** While the store is down, one call per interval tries it again; the others use the local share. */
    static final Duration PROBE_INTERVAL = Duration.ofMillis(200);
    /** A store that fails again within this interval of the last warning is not warned about again. */
    static final Duration WARNING_INTERVAL = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(SharedRateLimiter.class);

    private final KartraRateLimitStore store;
    private final BucketConfiguration configuration;
    private final String keyPrefix;
    private final long storeTimeoutNanos;
    private final TokenBucketRateLimiter localShare;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService storeExecutor;
    private final Map<String, AppBudget> apps = new ConcurrentHashMap<>();
    private final AtomicBoolean storeDown = new AtomicBoolean();
    private final AtomicLong nextProbe = new AtomicLong();
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARNING_INTERVAL.toNanos());
    private volatile boolean warned;
    private volatile ProxyManager<String> proxyManager;

    /**
     * @param store         the shared store; closed with this limiter
     * @param localShare    the bucket used while the store is down: this replica's share of the limit
     * @param scheduler     schedules delayed slots and store timeouts
     * @param storeExecutor runs what may block: connecting, and stores without bucket4j's asynchronous mode
     */
    SharedRateLimiter(KartraRateLimitStore store, int callsPerSecond, String keyPrefix, Duration storeTimeout,
                             TokenBucketRateLimiter localShare, ScheduledExecutorService scheduler, ExecutorService storeExecutor) {
        if (callsPerSecond <= 0) {
            throw new IllegalArgumentException("rateLimit must be positive");
        }
        if (storeTimeout.isZero() || storeTimeout.isNegative()) {
            throw new IllegalArgumentException("rateLimitStoreTimeout must be positive");
        }
        this.store = store;
        this.configuration = TokenBucketRateLimiter.configuration(callsPerSecond);
        this.keyPrefix = keyPrefix == null ? "" : keyPrefix;
        this.storeTimeoutNanos = storeTimeout.toNanos();
        this.localShare = localShare;
        this.scheduler = scheduler;
        this.storeExecutor = storeExecutor;
    }

    @Override
    public CompletableFuture<Boolean> acquire(String appId, Duration maxWait) {
        AppBudget app = apps.computeIfAbsent(appId, id -> new AppBudget(id, keyPrefix + digest(id)));
        if (storeDown.get() && !probeDue()) {
            CompletableFuture<Boolean> slot = local(app, maxWait);
            if (!slot.isDone() || Boolean.TRUE.equals(slot.getNow(false))) {
                reportLocalSlot(app);
            }
            return slot;
        }
        return new Attempt(app, maxWait).start();
    }

    /**
     * Connects to the store in the background, so that the first call does not wait for the connection; a store that
     * cannot be reached now is left to the first call, which falls back and tries again later.
     */
    void connectAhead() {
        CompletableFuture.runAsync(this::connect, storeExecutor).exceptionally(failure -> null);
    }

    /** Whether the store is being bypassed now (it failed and has not answered since). */
    boolean isStoreDown() {
        return storeDown.get();
    }

    /** The store key of an App: the prefix and the SHA-256 digest of its id, in hex. */
    String key(String appId) {
        return keyPrefix + digest(appId);
    }

    @Override
    public void close() {
        store.close();
    }

    private boolean probeDue() {
        long due = nextProbe.get();
        long now = System.nanoTime();
        return now - due >= 0 && nextProbe.compareAndSet(due, now + PROBE_INTERVAL.toNanos());
    }

    private CompletableFuture<Boolean> local(AppBudget app, Duration maxWait) {
        CompletableFuture<Boolean> slot = localShare.acquire(app.appId, maxWait);
        if (!slot.isDone()) {
            // a local slot promised for later: charged to the shared bucket if the store comes back before it is used
            app.promisedLocally.incrementAndGet();
            slot.whenComplete((granted, failure) -> app.promisedLocally.decrementAndGet());
        }
        return slot;
    }

    /**
     * Takes a slot this replica got locally from the shared bucket too, without waiting for it: if the store is only
     * slow for this replica, the others then see the slot as used. A store that is down refuses at once.
     */
    private void reportLocalSlot(AppBudget app) {
        ProxyManager<String> manager = proxyManager;
        if (manager != null) {
            storeCall(manager, app, null, bucket -> bucket.consumeIgnoringRateLimits(1).thenApply(penalty -> true),
                    bucket -> CompletableFuture.completedFuture(bucket.consumeIgnoringRateLimits(1) >= 0));
        }
    }

    private void storeFailed(Throwable failure) {
        if (!storeDown.compareAndSet(false, true)) {
            return;
        }
        long now = System.nanoTime();
        nextProbe.set(now + PROBE_INTERVAL.toNanos());
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        long last = lastWarning.get();
        warned = now - last >= WARNING_INTERVAL.toNanos() && lastWarning.compareAndSet(last, now);
        String message = "The shared rate-limit store does not answer ({}: {}); calls now use this replica's share of the limit "
                         + "({} calls/s) and the store is tried again every {} ms";
        if (warned) {
            LOG.warn(message, cause.getClass().getSimpleName(), cause.getMessage(), localShare.callsPerSecond(), PROBE_INTERVAL.toMillis());
        } else {
            LOG.debug(message, cause.getClass().getSimpleName(), cause.getMessage(), localShare.callsPerSecond(), PROBE_INTERVAL.toMillis());
        }
        for (AppBudget app : apps.values()) {
            // the shared budget was in use until now: the local share starts empty, not with a burst on top of it
            localShare.empty(app.appId);
            localShare.charge(app.appId, app.promisedShared.get());
        }
    }

    private void storeAnswered() {
        if (!storeDown.compareAndSet(true, false)) {
            return;
        }
        if (warned) {
            LOG.info("The shared rate-limit store answers again; calls use the shared budget");
        } else {
            LOG.debug("The shared rate-limit store answers again; calls use the shared budget");
        }
        ProxyManager<String> manager = proxyManager;
        for (AppBudget app : apps.values()) {
            // a store back from a crash has forgotten everything: the local slots still to be sent, and the last
            // second's local share (Kartra still counts those calls), are charged first
            long charge = app.promisedLocally.get() + (long) Math.ceil(localShare.callsPerSecond());
            if (manager != null) {
                storeCall(manager, app, null, bucket -> bucket.consumeIgnoringRateLimits(charge).thenApply(penalty -> true),
                        bucket -> CompletableFuture.completedFuture(bucket.consumeIgnoringRateLimits(charge) >= 0));
            }
        }
    }

    private CompletableFuture<ProxyManager<String>> connected() {
        ProxyManager<String> manager = proxyManager;
        if (manager != null) {
            return CompletableFuture.completedFuture(manager);
        }
        return CompletableFuture.supplyAsync(this::connect, storeExecutor);
    }

    private synchronized ProxyManager<String> connect() {
        if (proxyManager == null) {
            try {
                proxyManager = store.proxyManager();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }
        return proxyManager;
    }

    /**
     * Runs one request on the App's shared bucket: asynchronously when the store supports it, otherwise on the store
     * executor, so that a route thread never waits for the store.
     */
    private CompletableFuture<Boolean> storeCall(ProxyManager<String> manager, AppBudget app, BucketListener listener,
            Function<AsyncBucketProxy, CompletableFuture<Boolean>> async, Function<BucketProxy, CompletableFuture<Boolean>> sync) {
        try {
            if (manager.isAsyncModeSupported()) {
                AsyncBucketProxy bucket = app.asyncBucket(manager, configuration);
                return async.apply(listener == null ? bucket : bucket.toListenable(listener));
            }
            BucketProxy bucket = app.syncBucket(manager, configuration);
            return CompletableFuture.supplyAsync(() -> sync.apply(listener == null ? bucket : bucket.toListenable(listener)), storeExecutor)
                    .thenCompose(Function.identity());
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The SHA-256 digest of an App id, in hex: the store's keys and the metrics' {@code app} tag name Apps by it. */
    static String digest(String appId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.valueOf(appId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * One App's shared bucket, and the slots this replica holds for later on each side. Requests that meet while one is with
     * the store go together in the next one (bucket4j's batching): one request per replica in flight keeps the
     * replicas' compare-and-swap writes from colliding under load.
     */
    private static final class AppBudget {
        final String appId;
        final String key;
        final AtomicLong promisedShared = new AtomicLong();
        final AtomicLong promisedLocally = new AtomicLong();
        private volatile AsyncBucketProxy asyncBucket;
        private volatile BucketProxy syncBucket;

        AppBudget(String appId, String key) {
            this.appId = appId;
            this.key = key;
        }

        AsyncBucketProxy asyncBucket(ProxyManager<String> manager, BucketConfiguration configuration) {
            AsyncBucketProxy bucket = asyncBucket;
            if (bucket == null) {
                bucket = manager.asAsync().builder().withOptimization(Optimizations.batching())
                        .build(key, () -> CompletableFuture.completedFuture(configuration));
                asyncBucket = bucket;
            }
            return bucket;
        }

        BucketProxy syncBucket(ProxyManager<String> manager, BucketConfiguration configuration) {
            BucketProxy bucket = syncBucket;
            if (bucket == null) {
                bucket = manager.builder().withOptimization(Optimizations.batching()).build(key, () -> configuration);
                syncBucket = bucket;
            }
            return bucket;
        }
    }

    /**
     * One call's request for a shared slot. The bucket4j listener tells when the store has answered (the slot may
     * still be some time ahead); until then a timer may give up on the store and take the slot locally.
     */
    private final class Attempt implements BucketListener {
        private final AppBudget app;
        private final Duration maxWait;
        private final long started = System.nanoTime();
        private final CompletableFuture<Boolean> result = new CompletableFuture<>();
        private final AtomicBoolean settled = new AtomicBoolean();
        private volatile boolean delayed;
        private volatile boolean abandoned;
        private volatile ScheduledFuture<?> timer;

        Attempt(AppBudget app, Duration maxWait) {
            this.app = app;
            this.maxWait = maxWait;
        }

        CompletableFuture<Boolean> start() {
            long waitNanos = Math.max(0, maxWait.toNanos());
            long giveUpNanos = waitNanos == 0 ? storeTimeoutNanos : Math.min(storeTimeoutNanos, waitNanos);
            timer = scheduler.schedule(this::timedOut, giveUpNanos, TimeUnit.NANOSECONDS);
            CompletableFuture<Boolean> slot;
            if (waitNanos == 0) {
                slot = connected().thenCompose(manager -> storeCall(manager, app, this,
                        bucket -> bucket.tryConsume(1), bucket -> CompletableFuture.completedFuture(bucket.tryConsume(1))));
            } else {
                slot = connected().thenCompose(manager -> storeCall(manager, app, this,
                        bucket -> bucket.asScheduler().tryConsume(1, maxWait, scheduler),
                        bucket -> bucket.asScheduler().tryConsume(1, maxWait, scheduler)));
            }
            slot.whenComplete(this::finished);
            return result;
        }

        @Override
        public void onConsumed(long tokens) {
            answered();
        }

        @Override
        public void onRejected(long tokens) {
            answered();
        }

        @Override
        public void onDelayed(long nanos) {
            // called after onConsumed: the slot is this replica's, some time ahead
            delayed = true;
            app.promisedShared.incrementAndGet();
        }

        @Override
        public void onParked(long nanos) {
            // only blocking waits park; this limiter never uses them
        }

        @Override
        public void onInterrupted(InterruptedException e) {
            // only blocking waits are interrupted; this limiter never uses them
        }

        private void answered() {
            if (settled.compareAndSet(false, true)) {
                cancelTimer();
                storeAnswered();
            }
        }

        private void finished(Boolean granted, Throwable failure) {
            if (delayed) {
                app.promisedShared.decrementAndGet();
            }
            if (abandoned) {
                // the timer gave up on the store and the local share answers; a late shared slot goes unused
                return;
            }
            if (failure == null) {
                answered();
                // not on the store client's I/O thread: the caller goes on to send the call from here
                scheduler.execute(() -> result.complete(granted));
            } else if (settled.compareAndSet(false, true)) {
                cancelTimer();
                storeFailed(failure);
                fallBack();
            } else {
                result.completeExceptionally(failure);
            }
        }

        private void timedOut() {
            if (settled.compareAndSet(false, true)) {
                abandoned = true;
                storeFailed(new TimeoutException("no answer within " + Duration.ofNanos(storeTimeoutNanos).toMillis() + " ms"));
                fallBack();
            }
        }

        /** Takes the slot from the local share, in the time left of the call's wait. */
        private void fallBack() {
            Duration left = maxWait.minusNanos(System.nanoTime() - started);
            local(app, left.isNegative() ? Duration.ZERO : left).whenComplete((granted, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(failure);
                } else {
                    result.complete(granted);
                }
            });
        }

        private void cancelTimer() {
            ScheduledFuture<?> pending = timer;
            if (pending != null) {
                pending.cancel(false);
            }
        }
    }
}
