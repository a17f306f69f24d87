package io.camelkartra;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelkartra.model.CustomFieldDefinition;
import io.camelkartra.model.KartraAction;
import io.camelkartra.model.KartraInventory;
import io.camelkartra.model.KartraPage;
import io.camelkartra.model.KartraRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inventory of one Kartra account, shared by every endpoint of the component that uses the account. It is loaded
 * on first need with the five {@code retrieve_*} commands (five calls through the caller's sender, so they pass the
 * rate limiter like any other call), kept for the refresh interval, and loaded again after it, on demand, after a
 * custom field was created, and once when Kartra denies a name the inventory has.
 * <p>
 * Nothing here blocks: callers get a future, and concurrent callers share one load. A part that cannot be loaded (the
 * App may not run that command: 262; a transport failure) is left out, and calls are not checked against it until
 * the next load; each such load logs one WARN. Business traffic is never refused because the inventory is missing.
 */
final class KartraInventoryCache {

    private static final Logger LOG = LoggerFactory.getLogger(KartraInventoryCache.class);

    /** What a load produced: the inventory (null when no part could be read) and the first failure, if any. */
    record Load(KartraInventory inventory, KartraException failure) {
    }

    private record Snapshot(KartraInventory inventory, long loadedNanos, boolean invalidated) {
    }

    private final String account;
    private final Clock clock;
    private final KartraCallObserver observer;
    private Snapshot snapshot;
    private CompletableFuture<Load> loading;

    /**
     * @param account  how logs name the account: never a credential
     * @param observer told of each load's end
     */
    KartraInventoryCache(String account, Clock clock, KartraCallObserver observer) {
        this.account = account;
        this.clock = clock;
        this.observer = observer;
    }

    /**
     * The inventory to check a call against: the cached one while younger than {@code refreshInterval}, else the
     * result of a load (shared with concurrent callers). Completes with null when nothing could be loaded.
     */
    CompletableFuture<KartraInventory> get(KartraSender sender, Duration refreshInterval) {
        synchronized (this) {
            if (snapshot != null && !snapshot.invalidated && System.nanoTime() - snapshot.loadedNanos < refreshInterval.toNanos()) {
                return CompletableFuture.completedFuture(snapshot.inventory);
            }
        }
        return load(sender).thenApply(Load::inventory);
    }

    /** Loads the inventory now (or joins the load in progress). */
    CompletableFuture<Load> refresh(KartraSender sender) {
        return load(sender);
    }

    /** The inventory as last loaded, or null; never loads. */
    synchronized KartraInventory current() {
        return snapshot == null ? null : snapshot.inventory;
    }

    /** Makes the next call load the inventory again (a custom field was created, for example). */
    synchronized void invalidate() {
        if (snapshot != null) {
            snapshot = new Snapshot(snapshot.inventory, snapshot.loadedNanos, true);
        }
    }

    /**
     * Kartra answered "does not exist" for a name that {@code used} has: loads again, once. Later failures checked
     * against the same outdated inventory find it already replaced (or being replaced) and load nothing more.
     */
    void nameDenied(KartraInventory used, KartraSender sender) {
        synchronized (this) {
            if (snapshot == null || snapshot.inventory != used || snapshot.invalidated || loading != null) {
                return;
            }
            snapshot = new Snapshot(snapshot.inventory, snapshot.loadedNanos, true);
        }
        LOG.debug("Kartra denied a name the inventory of {} has: loading it again", account);
        load(sender);
    }

    private CompletableFuture<Load> load(KartraSender sender) {
        CompletableFuture<Load> result;
        synchronized (this) {
            if (loading != null) {
                return loading;
            }
            result = new CompletableFuture<>();
            loading = result;
        }
        AtomicInteger calls = new AtomicInteger();
        CompletableFuture<KartraOutcome> tags = retrieve(sender, KartraOperation.retrieveAccountTags, calls);
        CompletableFuture<KartraOutcome> lists = retrieve(sender, KartraOperation.retrieveAccountLists, calls);
        CompletableFuture<KartraOutcome> sequences = retrieve(sender, KartraOperation.retrieveAccountSequences, calls);
        CompletableFuture<KartraOutcome> fields = retrieve(sender, KartraOperation.retrieveCustomFields, calls);
        CompletableFuture<KartraOutcome> pages = retrieve(sender, KartraOperation.retrieveAccountPages, calls);
        CompletableFuture.allOf(tags, lists, sequences, fields, pages).whenComplete((ignored, failure) -> {
            Load load = failure != null
                    ? new Load(null, new KartraException(new KartraException.Details(KartraErrorCategory.UNKNOWN)
                            .kartraMessage("inventory load failed: " + failure).cause(failure)))
                    : combine(tags.join(), lists.join(), sequences.join(), fields.join(), pages.join());
            synchronized (this) {
                snapshot = new Snapshot(load.inventory, System.nanoTime(), false);
                loading = null;
            }
            if (load.failure != null) {
                LOG.warn("Kartra inventory of {} is {}: {}. Calls are sent without checking {} until the next refresh.", account,
                        load.inventory == null ? "unavailable" : "incomplete", load.failure.getMessage(),
                        load.inventory == null ? "names and custom fields" : "the parts that are missing");
            } else {
                LOG.debug("Loaded the Kartra inventory of {}: {}", account, load.inventory);
            }
            observer.inventoryLoaded(load);
            result.complete(load);
        });
        return result;
    }

    private static CompletableFuture<KartraOutcome> retrieve(KartraSender sender, KartraOperation operation, AtomicInteger calls) {
        KartraRequest request = KartraRequest.forAccount().action(KartraAction.of(operation.getCommand())).build();
        return sender.send(KartraCall.of(operation, request), calls);
    }

    @SuppressWarnings("unchecked")
    private Load combine(KartraOutcome tags, KartraOutcome lists, KartraOutcome sequences, KartraOutcome fields, KartraOutcome pages) {
        List<KartraException> failures = new ArrayList<>();
        for (KartraOutcome outcome : List.of(tags, lists, sequences, fields, pages)) {
            if (outcome.isFailure()) {
                failures.add(outcome.failure());
            }
        }
        if (failures.size() == 5) {
            return new Load(null, failures.get(0));
        }
        KartraInventory inventory = new KartraInventory(clock.instant(),
                (Collection<String>) body(tags), (Collection<String>) body(lists), (Collection<String>) body(sequences),
                (Collection<CustomFieldDefinition>) body(fields), (List<KartraPage>) body(pages));
        return new Load(inventory, failures.isEmpty() ? null : failures.get(0));
    }

    private static Object body(KartraOutcome outcome) {
        return outcome.isFailure() ? null : outcome.body();
    }

    @Override
    public String toString() {
        return "KartraInventoryCache[" + account + "]";
    }
}
