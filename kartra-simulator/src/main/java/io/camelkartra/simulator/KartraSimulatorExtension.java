package io.camelkartra.simulator;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension running a {@link KartraSimulator}. As a static {@code @RegisterExtension} field
 * (or with {@code @ExtendWith}) one simulator serves the whole class and is {@link KartraSimulator#reset()
 * reset} before each test (unless {@link #resetBeforeEach(boolean) turned off}); as an instance field
 * each test gets its own. Test and lifecycle methods can take a {@code KartraSimulator} parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static KartraSimulatorExtension kartra = new KartraSimulatorExtension();
 *
 * @Test
 * void createsALead(KartraSimulator sim) { ... sim.baseUrl() ... }
 * }</pre>
 *
 * The default simulator has HTTP (plain HTTP allowed) and HTTPS listeners on free ports, the demo
 * data and Kartra's rate limit of 20 calls per second per App.
 */
public final class KartraSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final Supplier<KartraSimulator.Builder> configuration;
    private boolean resetBeforeEach = true;
    private KartraSimulator simulator;
    private boolean perTest;

    public KartraSimulatorExtension() {
        this(() -> KartraSimulator.builder().httpPort(0).httpsPort(0).allowPlainHttp(true));
    }

    /** A simulator built from a fresh builder of {@code configuration} each time one is needed. */
    public KartraSimulatorExtension(Supplier<KartraSimulator.Builder> configuration) {
        this.configuration = configuration;
    }

    /** Whether a class-wide simulator is reset before each test; default true. */
    public KartraSimulatorExtension resetBeforeEach(boolean value) {
        resetBeforeEach = value;
        return this;
    }

    /** The running simulator (null outside a test). */
    public KartraSimulator simulator() {
        return simulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator = configuration.get().build().start();
        perTest = false;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (simulator == null) {
            simulator = configuration.get().build().start();
            perTest = true;
        } else if (resetBeforeEach && !perTest) {
            simulator.reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    private void stop() {
        if (simulator != null) {
            simulator.stop();
            simulator = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KartraSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return simulator;
    }
}
