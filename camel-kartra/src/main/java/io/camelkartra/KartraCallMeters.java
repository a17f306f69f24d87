package io.camelkartra;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import static io.camelkartra.KartraMeters.CALLS;
import static io.camelkartra.KartraMeters.CALLS_ACTIVE;
import static io.camelkartra.KartraMeters.INVENTORY_LOADS;
import static io.camelkartra.KartraMeters.INVENTORY_REFUSED;
import static io.camelkartra.KartraMeters.RATE_LIMITER_REFUSED;
import static io.camelkartra.KartraMeters.RATE_LIMITER_WAIT;
import static io.camelkartra.KartraMeters.RATE_LIMITER_WAITING;
import static io.camelkartra.KartraMeters.TAG_COMMAND;
import static io.camelkartra.KartraMeters.TAG_KIND;
import static io.camelkartra.KartraMeters.TAG_OUTCOME;
import static io.camelkartra.KartraMeters.TAG_REASON;
import static io.camelkartra.KartraMeters.TAG_RESULT;
import static io.camelkartra.KartraMeters.TAG_TYPE;

/**
 * The meters of one account's calls. A meter is looked up in the registry once per set of tags and kept, so a call
 * costs a map lookup and the meter's own update.
 */
final class KartraCallMeters implements KartraCallObserver {

    private record CallKey(String command, KartraCallResult result, String type) {
    }

    private record Labels(String first, String second) {
    }

    private final MeterRegistry registry;
    private final Tags tags;
    private final Timer slotWait;
    private final Map<CallKey, Timer> calls = new ConcurrentHashMap<>();
    private final Map<Labels, Counter> slotRefusals = new ConcurrentHashMap<>();
    private final Map<String, Counter> inventoryLoads = new ConcurrentHashMap<>();
    private final Map<Labels, Counter> inventoryRefusals = new ConcurrentHashMap<>();

    /** The gauges read the account's {@code activity}, which counts the calls in flight and waiting with or without meters. */
    KartraCallMeters(KartraMeters meters, Tags tags, KartraCallActivity activity) {
        this.registry = meters.registry();
        this.tags = tags;
        meters.gauge(CALLS_ACTIVE, tags, "Kartra calls posted and not answered yet", activity::inFlight);
        meters.gauge(RATE_LIMITER_WAITING, tags, "Kartra calls waiting for a slot of the client-side rate limiter", activity::waiting);
        this.slotWait = Timer.builder(RATE_LIMITER_WAIT).tags(tags)
                .description("Time Kartra calls waited for the client-side rate limiter before they were sent").register(registry);
    }

    @Override
    public void slotAnswered(KartraCall call, boolean waited, long waitNanos, KartraException refusal) {
        if (refusal == null) {
            slotWait.record(waitNanos, TimeUnit.NANOSECONDS);
            return;
        }
        slotRefusals.computeIfAbsent(new Labels(KartraCallResult.command(call), KartraCallResult.slotRefusal(refusal)),
                labels -> Counter.builder(RATE_LIMITER_REFUSED)
                        .tags(tags).tag(TAG_COMMAND, labels.first()).tag(TAG_REASON, labels.second())
                        .description("Kartra calls not sent: no rate-limit slot within rateLimitMaxWait, or the limiter failed")
                        .register(registry))
                .increment();
    }

    @Override
    public void answered(KartraCall call, KartraCallResult result, KartraOutcome outcome, long nanos) {
        calls.computeIfAbsent(new CallKey(KartraCallResult.command(call), result, KartraCallResult.type(outcome.failure())),
                key -> Timer.builder(CALLS)
                        .tags(tags).tag(TAG_COMMAND, key.command()).tag(TAG_OUTCOME, key.result().label()).tag(TAG_TYPE, key.type())
                        .description("Kartra calls (HTTP posts) by command and outcome, and their duration").register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void refusedBeforeSending(KartraCall call, KartraException refusal) {
        inventoryRefusals.computeIfAbsent(new Labels(KartraCallResult.command(call), KartraCallResult.refusedKind(refusal)),
                labels -> Counter.builder(INVENTORY_REFUSED)
                        .tags(tags).tag(TAG_COMMAND, labels.first()).tag(TAG_KIND, labels.second())
                        .description("Kartra calls not sent because a name is not in the account's inventory").register(registry))
                .increment();
    }

    @Override
    public void inventoryLoaded(KartraInventoryCache.Load load) {
        inventoryLoads.computeIfAbsent(KartraCallResult.inventoryLoad(load),
                result -> Counter.builder(INVENTORY_LOADS).tags(tags).tag(TAG_RESULT, result)
                        .description("Loads of the Kartra account's inventory (five calls each)").register(registry))
                .increment();
    }
}
