package io.camelkartra.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.camelkartra.simulator.state.Account;
import io.camelkartra.simulator.state.LeadSeed;
import io.camelkartra.simulator.state.LeadView;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Leads per second, and HTTP calls per lead, for syncing leads with two tags and a list, in each {@link SyncScenario}
 * style, for new leads and for leads that already exist. The simulator's rate limit is off, so this measures the
 * round trips each style needs; at Kartra's 20 calls per second, divide 20 by the calls per lead instead.
 * <p>
 * The calls per lead are counted by the simulator's call log, printed after each iteration
 * ({@code # calls per lead: …}). After each iteration the last lead synced is checked to have its tags and list.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class LeadSyncBenchmark {

    /** Existing leads seeded before each iteration; syncs cycle through them. */
    static final int EXISTING_LEADS = 5_000;

    @Param({"naive", "chained", "upsertCreateFirst", "upsertEditFirst"})
    public SyncScenario scenario;

    /** Whether the leads synced are new to Kartra or already there (without the tags and list). */
    @Param({"new", "existing"})
    public String leads;

    private final AtomicLong sequence = new AtomicLong();
    private BenchmarkEnvironment environment;
    private long synced;
    private String lastEmail;

    @Setup(Level.Trial)
    public void start() throws Exception {
        environment = new BenchmarkEnvironment(0, 0);
    }

    @Setup(Level.Iteration)
    public void resetSimulator() {
        environment.simulator().reset();
        Account account = environment.simulator().state().account(environment.simulator().demoCredentials().apiKey());
        for (int i = 0; i < EXISTING_LEADS; i++) {
            account.addLead(LeadSeed.email(existingEmail(i)).name("Existing", "Lead"));
        }
        environment.simulator().calls().clear();
        synced = 0;
    }

    @Benchmark
    public void sync() {
        long n = sequence.incrementAndGet();
        String email = "new".equals(leads) ? "new-" + n + "@example.com" : existingEmail((int) (n % EXISTING_LEADS));
        scenario.sync(environment.template(), email);
        synced++;
        lastEmail = email;
    }

    @TearDown(Level.Iteration)
    public void report() {
        long calls = environment.simulator().calls().total();
        System.out.printf("%n# calls per lead (%s, %s leads): %.2f (%d HTTP calls for %d leads, by the simulator's call log)%n",
                scenario, leads, (double) calls / synced, calls, synced);
        LeadView last = environment.simulator().state().account(environment.simulator().demoCredentials().apiKey())
                .lead(lastEmail).orElseThrow(() -> new IllegalStateException("lead " + lastEmail + " is not in Kartra"));
        if (!last.tags().containsAll(SyncScenario.TAGS) || !last.lists().contains(SyncScenario.LIST)) {
            throw new IllegalStateException("lead " + lastEmail + " lacks its tags or list: " + last.tags() + " " + last.lists());
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        environment.close();
    }

    private static String existingEmail(int i) {
        return "existing-" + i + "@example.com";
    }
}
