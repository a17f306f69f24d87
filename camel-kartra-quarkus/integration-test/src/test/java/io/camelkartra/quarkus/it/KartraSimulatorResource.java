package io.camelkartra.quarkus.it;

import java.util.Map;

import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.SimulatorCredentials;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Runs a Kartra simulator for the application under test and gives the application what production gets from its
 * environment: the KARTRA_* credentials and shared secrets that application.properties reads, and the Kartra URL.
 */
public class KartraSimulatorResource implements QuarkusTestResourceLifecycleManager {

    /** The token of the Outbound API URL, as set up in Kartra. */
    static final String EVENTS_TOKEN = "events-token-for-the-test";
    /** The secret key of the IPN notification, as set up in Kartra. */
    static final String IPN_SECRET_KEY = "ipn-secret-for-the-test";

    private KartraSimulator simulator;

    @Override
    public Map<String, String> start() {
        // tag::config[]
        simulator = KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0).build().start();
        SimulatorCredentials credentials = simulator.demoCredentials();
        return Map.of(
                "KARTRA_APP_ID", credentials.appId(),
                "KARTRA_API_KEY", credentials.apiKey(),
                "KARTRA_API_PASSWORD", credentials.apiPassword(),
                "KARTRA_EVENTS_TOKEN", EVENTS_TOKEN,
                "KARTRA_IPN_SECRET_KEY", IPN_SECRET_KEY,
                "camel.component.kartra.base-url", simulator.baseUrl(),
                "camel.component.kartra.allow-plain-http", "true",
                "camel.component.kartra.rate-limit", "0");
        // end::config[]
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(simulator,
                new TestInjector.AnnotatedAndMatchesType(InjectKartraSimulator.class, KartraSimulator.class));
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
