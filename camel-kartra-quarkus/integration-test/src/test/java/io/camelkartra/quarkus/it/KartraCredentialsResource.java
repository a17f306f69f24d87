package io.camelkartra.quarkus.it;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Supplies the credentials that application.properties reads from KARTRA_* config expressions. */
public class KartraCredentialsResource implements QuarkusTestResourceLifecycleManager {

    static final String APP_ID = "QuarkusApp";
    static final String API_KEY = "quarkus-key";
    static final String API_PASSWORD = "quarkus-password";

    @Override
    public Map<String, String> start() {
        return Map.of("KARTRA_APP_ID", APP_ID, "KARTRA_API_KEY", API_KEY, "KARTRA_API_PASSWORD", API_PASSWORD);
    }

    @Override
    public void stop() {
    }
}
