package io.camelkartra.simulator;

/** The three credentials of a Kartra call. {@link #toString()} leaves the password out. */
public record SimulatorCredentials(String appId, String apiKey, String apiPassword) {

    @Override
    public String toString() {
        return "SimulatorCredentials[appId=" + appId + ", apiKey=" + apiKey + ", apiPassword=****]";
    }
}
