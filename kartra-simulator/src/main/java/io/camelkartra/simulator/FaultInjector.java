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

    private static final Reply KARTRA = Reply.kartra();

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

    /** What the next request gets: Kartra's reply, possibly late, or a fault. Every call draws the same number of values. */
    synchronized Reply next() {
        if (plan.isNone()) {
            return KARTRA;
        }
        double burstDraw = random.nextDouble();
        double kindDraw = random.nextDouble();
        double statusDraw = random.nextDouble();
        double phaseDraw = random.nextDouble();
        double jitterDraw = random.nextDouble();
        Duration delay = plan.latency().plusNanos((long) (plan.jitter().toNanos() * jitterDraw));

        if (burstLeft > 0 || burstDraw < plan.burstRate()) {
            burstLeft = burstLeft > 0 ? burstLeft - 1 : plan.burstLength() - 1;
            return Reply.tooManyRequests().delayed(delay);
        }
        double bound = plan.serverErrorRate();
        if (kindDraw < bound) {
            return Reply.serverError(pick(plan.serverErrorStatuses(), statusDraw)).delayed(delay);
        }
        Reply fault = null;
        if (kindDraw < (bound += plan.resetRate())) {
            fault = Reply.reset();
        } else if (kindDraw < (bound += plan.truncatedRate())) {
            fault = Reply.truncated();
        } else if (kindDraw < bound + plan.htmlRate()) {
            fault = Reply.htmlPage(pick(plan.htmlStatuses(), statusDraw));
        }
        if (fault == null) {
            return KARTRA.delayed(delay);
        }
        return (phaseDraw < plan.afterShare() ? fault.afterCommand() : fault).delayed(delay);
    }

    private static int pick(List<Integer> statuses, double draw) {
        return statuses.get(Math.min(statuses.size() - 1, (int) (draw * statuses.size())));
    }
}
