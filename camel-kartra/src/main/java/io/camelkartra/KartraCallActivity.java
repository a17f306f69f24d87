package io.camelkartra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The recent activity of one account, kept in memory for the {@code kartra} dev console whether or not the runtime
 * has Micrometer: calls by result, calls in flight and waiting for the rate limiter, the limiter's refusals and
 * waits, the failures by type (label, count, last command and time; never a message, a lead or a credential), the
 * inventory's refusals and loads.
 */
final class KartraCallActivity implements KartraCallObserver {

    /** One kind of failure: its outcome and type labels, how often, and the command and time of the last one. */
    record Failure(String outcome, String type, long count, String lastCommand, Instant lastAt) {
    }

    private record FailureKey(String outcome, String type) {
    }

    private static final class FailureCount {
        private final LongAdder count = new LongAdder();
        private volatile String lastCommand;
        private volatile Instant lastAt;
    }

    private final Map<KartraCallResult, LongAdder> calls = new EnumMap<>(KartraCallResult.class);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();
    private final LongAdder slotsGranted = new LongAdder();
    private final LongAdder slotWaitNanos = new LongAdder();
    private final LongAdder slotsRefused = new LongAdder();
    private final Map<FailureKey, FailureCount> failures = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> refusedBeforeSending = new ConcurrentHashMap<>();
    private final LongAdder inventoryLoads = new LongAdder();
    private volatile String lastInventoryLoad;

    KartraCallActivity() {
        for (KartraCallResult result : KartraCallResult.values()) {
            calls.put(result, new LongAdder());
        }
    }

    @Override
    public void waitingForSlot() {
        waiting.incrementAndGet();
    }

    @Override
    public void slotAnswered(KartraCall call, boolean waited, long waitNanos, KartraException refusal) {
        if (waited) {
            waiting.decrementAndGet();
        }
        if (refusal == null) {
            slotsGranted.increment();
            slotWaitNanos.add(waitNanos);
        } else {
            slotsRefused.increment();
            failed(KartraCallResult.slotRefusal(refusal), KartraCallResult.NO_TYPE, call);
        }
    }

    @Override
    public void sending(KartraCall call) {
        inFlight.incrementAndGet();
    }

    @Override
    public void answered(KartraCall call, KartraCallResult result, KartraOutcome outcome, long nanos) {
        inFlight.decrementAndGet();
        calls.get(result).increment();
        if (result != KartraCallResult.SUCCESS) {
            failed(result.label(), KartraCallResult.type(outcome.failure()), call);
        }
    }

    @Override
    public void refusedBeforeSending(KartraCall call, KartraException refusal) {
        refusedBeforeSending.computeIfAbsent(KartraCallResult.refusedKind(refusal), kind -> new LongAdder()).increment();
        failed(KartraCallResult.INVENTORY_REFUSED, KartraCallResult.type(refusal), call);
    }

    @Override
    public void inventoryLoaded(KartraInventoryCache.Load load) {
        inventoryLoads.increment();
        lastInventoryLoad = KartraCallResult.inventoryLoad(load);
    }

    private void failed(String outcome, String type, KartraCall call) {
        FailureCount failure = failures.computeIfAbsent(new FailureKey(outcome, type), key -> new FailureCount());
        failure.count.increment();
        failure.lastCommand = KartraCallResult.command(call);
        failure.lastAt = Instant.now();
    }

    /** Calls by the {@code outcome} label, in the order of {@link KartraCallResult}. */
    Map<String, Long> calls() {
        Map<String, Long> byResult = new LinkedHashMap<>();
        calls.forEach((result, count) -> byResult.put(result.label(), count.sum()));
        return byResult;
    }

    int inFlight() {
        return inFlight.get();
    }

    int waiting() {
        return waiting.get();
    }

    long slotsGranted() {
        return slotsGranted.sum();
    }

    long slotsRefused() {
        return slotsRefused.sum();
    }

    /** The mean time a granted call waited for its slot, in milliseconds. */
    double meanSlotWaitMillis() {
        long granted = slotsGranted.sum();
        return granted == 0 ? 0 : slotWaitNanos.sum() / 1e6 / granted;
    }

    /** The failures by outcome and type, the most recent first. */
    List<Failure> failures() {
        List<Failure> list = new ArrayList<>();
        failures.forEach((key, failure) -> list.add(
                new Failure(key.outcome(), key.type(), failure.count.sum(), failure.lastCommand, failure.lastAt)));
        list.sort(Comparator.comparing(Failure::lastAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return list;
    }

    /** Calls the inventory refused before sending, by kind of name. */
    Map<String, Long> refusedBeforeSending() {
        Map<String, Long> byKind = new LinkedHashMap<>();
        refusedBeforeSending.forEach((kind, count) -> byKind.put(kind, count.sum()));
        return byKind;
    }

    long inventoryLoads() {
        return inventoryLoads.sum();
    }

    /** The result label of the last inventory load, or null before the first. */
    String lastInventoryLoad() {
        return lastInventoryLoad;
    }
}
