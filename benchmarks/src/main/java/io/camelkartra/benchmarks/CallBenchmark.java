package io.camelkartra.benchmarks;

import java.util.concurrent.atomic.AtomicLong;

import io.camelkartra.model.Lead;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The same two Kartra calls made four ways against the simulator with every rate limit off: the component
 * ({@code kartra:getLead}, {@code kartra:createLead?tagNames=…&listNames=…}), a plain {@code http:} route with a
 * hand-built form and Jackson, the component's {@code KartraRequestProcessor} and {@code KartraResponseProcessor}
 * around the same blocking {@code http:} endpoint (the component's wire format and typed reading without its
 * non-blocking transport), and {@code java.net.http.HttpClient} by hand; and the component again in a context with a
 * Micrometer registry ({@link MeteredCalls}), for the cost of its metrics. The subclasses set the mode and the
 * number of threads; all run in one JMH run, so the ratios compare figures from the same machine and moment.
 * <p>
 * Every createLead uses a new email, and the simulator is reset before each iteration, so its state stays small.
 */
@State(Scope.Benchmark)
public abstract class CallBenchmark {

    private final AtomicLong sequence = new AtomicLong();
    private BenchmarkEnvironment environment;
    private MeteredCalls metered;

    @Setup(Level.Trial)
    public void start() throws Exception {
        environment = new BenchmarkEnvironment(0, 0);
        metered = new MeteredCalls(environment.simulator());
    }

    @Setup(Level.Iteration)
    public void resetSimulator() {
        environment.simulator().reset();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        metered.close();
        environment.close();
    }

    @Benchmark
    public Lead componentGetLead() {
        return environment.componentGetLead(BenchmarkEnvironment.EXISTING_LEAD);
    }

    @Benchmark
    public String componentCreateLead() {
        return environment.componentCreateLead(nextEmail());
    }

    @Benchmark
    public Lead componentWithMetricsGetLead() {
        return metered.getLead(BenchmarkEnvironment.EXISTING_LEAD);
    }

    @Benchmark
    public String componentWithMetricsCreateLead() {
        return metered.createLead(nextEmail());
    }

    @Benchmark
    public String httpRouteGetLead() {
        return environment.httpRouteGetLead(BenchmarkEnvironment.EXISTING_LEAD);
    }

    @Benchmark
    public String httpRouteCreateLead() {
        return environment.httpRouteCreateLead(nextEmail());
    }

    @Benchmark
    public Lead processorsGetLead() {
        return environment.processorsGetLead(BenchmarkEnvironment.EXISTING_LEAD);
    }

    @Benchmark
    public String processorsCreateLead() {
        return environment.processorsCreateLead(nextEmail());
    }

    @Benchmark
    public String jdkGetLead() throws Exception {
        return environment.jdkGetLead(BenchmarkEnvironment.EXISTING_LEAD);
    }

    @Benchmark
    public String jdkCreateLead() throws Exception {
        return environment.jdkCreateLead(nextEmail());
    }

    private String nextEmail() {
        return "bench-" + sequence.incrementAndGet() + "@example.com";
    }
}
