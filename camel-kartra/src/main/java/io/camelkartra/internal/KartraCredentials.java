package io.camelkartra.internal;

import java.util.Objects;

/** The three credentials every Kartra call carries in its body. {@link #toString()} shows none of them. */
public final class KartraCredentials {

    private final String appId;
    private final String apiKey;
    private final String apiPassword;

    public KartraCredentials(String appId, String apiKey, String apiPassword) {
        this.appId = appId;
        this.apiKey = apiKey;
        this.apiPassword = apiPassword;
    }

    public String appId() {
        return appId;
    }

    public String apiKey() {
        return apiKey;
    }

    public String apiPassword() {
        return apiPassword;
    }

    /** The text with every credential value replaced by {@code ***}. */
    public String redact(String text) {
        String redacted = text;
        for (String secret : new String[] { apiPassword, apiKey, appId }) {
            if (secret != null && secret.length() >= 4) {
                redacted = redacted.replace(secret, "***");
            }
        }
        return redacted;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KartraCredentials that && Objects.equals(appId, that.appId) && Objects.equals(apiKey, that.apiKey)
               && Objects.equals(apiPassword, that.apiPassword);
    }

    @Override
    public int hashCode() {
        return Objects.hash(appId, apiKey, apiPassword);
    }

    @Override
    public String toString() {
        return "KartraCredentials[***]";
    }
}
