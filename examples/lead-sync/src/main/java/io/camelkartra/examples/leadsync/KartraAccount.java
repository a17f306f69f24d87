package io.camelkartra.examples.leadsync;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The credentials of a real Kartra account, from the environment. All three variables, or none (then the sync runs
 * against the embedded simulator); some of them only is a mistake worth stopping for, since the sync would otherwise
 * quietly run against the simulator.
 */
final class KartraAccount {

    static final String APP_ID = "KARTRA_APP_ID";
    static final String API_KEY = "KARTRA_API_KEY";
    static final String API_PASSWORD = "KARTRA_API_PASSWORD";
    static final List<String> VARIABLES = List.of(APP_ID, API_KEY, API_PASSWORD);

    private final String appId;
    private final String apiKey;
    private final String apiPassword;

    private KartraAccount(String appId, String apiKey, String apiPassword) {
        this.appId = appId;
        this.apiKey = apiKey;
        this.apiPassword = apiPassword;
    }

    /**
     * The account the three variables name, or empty when none of them is set.
     *
     * @throws IllegalArgumentException when only some are set; the message names the missing ones, never a value
     */
    static Optional<KartraAccount> fromEnvironment(Map<String, String> environment) {
        List<String> set = VARIABLES.stream().filter(name -> !isBlank(environment.get(name))).toList();
        if (set.isEmpty()) {
            return Optional.empty();
        }
        if (set.size() < VARIABLES.size()) {
            List<String> missing = VARIABLES.stream().filter(name -> !set.contains(name)).toList();
            throw new IllegalArgumentException("Set all of " + String.join(", ", VARIABLES) + " to use your Kartra account,"
                    + " or none of them to use the embedded simulator; missing: " + String.join(", ", missing));
        }
        return Optional.of(new KartraAccount(environment.get(APP_ID).trim(), environment.get(API_KEY).trim(),
                environment.get(API_PASSWORD).trim()));
    }

    String appId() {
        return appId;
    }

    String apiKey() {
        return apiKey;
    }

    String apiPassword() {
        return apiPassword;
    }

    @Override
    public String toString() {
        return "KartraAccount[credentials from " + String.join(", ", VARIABLES) + "]";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
