package io.camelkartra.simulator;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides, request by request, which fault of the current {@link FaultPlan} strikes. Deterministic:
 * the n-th {@code /api} request after {@link #configure} gets the same decision for the same seed
 * and plan, whatever the timing (each request draws the same number of random values). Concurrent
 * requests are numbered in arrival order. Off ({@link FaultPlan#NONE}) by default.
 */
public final class FaultInjector {

    private final long defaultSeed;
    private FaultPlan plan = FaultPlan.NONE;
    private SplittableRandom random;
    private int burstLeft;

    public FaultInjector(long defaultSeed) {
        this.defaultSeed = defaultSeed;
        this.random = new SplittableRandom(defaultSeed);
    }

    /** Applies a plan and restarts the random sequence from its seed (or the simulator's). */
    public synchronized void configure(FaultPlan value) {
        plan = value;
        random = new SplittableRandom(value.seed() != null ? value.seed() : defaultSeed);
        burstLeft = 0;
    }

    /** Turns every fault off. */
    public void clear() {
        configure(FaultPlan.NONE);
    }

    public synchronized FaultPlan plan() {
        return plan;
    }

    /** The fault for the next request. */
    public synchronized Fault next() {
        if (plan.isNone()) {
            return Fault.NONE;
        }
        double burstDraw = random.nextDouble();
        double kindDraw = random.nextDouble();
        double statusDraw = random.nextDouble();
        double phaseDraw = random.nextDouble();
        double jitterDraw = random.nextDouble();
        Duration delay = plan.latency().plusNanos((long) (plan.jitter().toNanos() * jitterDraw));

        if (burstLeft > 0 || burstDraw < plan.burstRate()) {
            burstLeft = burstLeft > 0 ? burstLeft - 1 : plan.burstLength() - 1;
            return new Fault(delay, Fault.Kind.TOO_MANY_REQUESTS, 429, false);
        }
        double bound = plan.serverErrorRate();
        if (kindDraw < bound) {
            return new Fault(delay, Fault.Kind.SERVER_ERROR, pick(plan.serverErrorStatuses(), statusDraw), false);
        }
        boolean after = phaseDraw < plan.afterShare();
        if (kindDraw < (bound += plan.resetRate())) {
            return new Fault(delay, Fault.Kind.RESET, 0, after);
        }
        if (kindDraw < (bound += plan.truncatedRate())) {
            return new Fault(delay, Fault.Kind.TRUNCATED_JSON, 200, after);
        }
        if (kindDraw < bound + plan.htmlRate()) {
            return new Fault(delay, Fault.Kind.HTML_PAGE, pick(plan.htmlStatuses(), statusDraw), after);
        }
        return new Fault(delay, Fault.Kind.NONE, 0, false);
    }

    private static int pick(List<Integer> statuses, double draw) {
        return statuses.get(Math.min(statuses.size() - 1, (int) (draw * statuses.size())));
    }
}
