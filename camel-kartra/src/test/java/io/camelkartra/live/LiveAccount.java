package io.camelkartra.live;

import java.util.Map;

/** The Kartra account the smoke kit runs against; {@code leadEmail} is null when the user named no test lead. */
record LiveAccount(String baseUrl, String appId, String apiKey, String apiPassword, String leadEmail) {

    /** Kartra's API, the default of the component's baseUrl option. */
    static final String KARTRA_API = "https://app.kartra.com/api";

    /** The account the environment names (KARTRA_*), or null when a credential is missing. */
    static LiveAccount fromEnvironment(Map<String, String> environment) {
        String appId = environment.get("KARTRA_APP_ID");
        String apiKey = environment.get("KARTRA_API_KEY");
        String apiPassword = environment.get("KARTRA_API_PASSWORD");
        if (isBlank(appId) || isBlank(apiKey) || isBlank(apiPassword)) {
            return null;
        }
        String baseUrl = environment.get("KARTRA_BASE_URL");
        String leadEmail = environment.get("KARTRA_TEST_LEAD_EMAIL");
        return new LiveAccount(isBlank(baseUrl) ? KARTRA_API : baseUrl, appId, apiKey, apiPassword, isBlank(leadEmail) ? null : leadEmail);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Identity only: the credentials stay out of test reports. */
    @Override
    public String toString() {
        return "LiveAccount[" + baseUrl + "]";
    }
}
