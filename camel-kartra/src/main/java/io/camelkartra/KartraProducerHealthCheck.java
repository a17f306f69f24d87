package io.camelkartra;

import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of the Kartra producers of one account: whether Kartra accepts the App and the credentials. A call of the
 * check never waits for Kartra: it reports the last credential check (one retrieve_account_tags call, counted by the
 * rate limiter, made at most every 30 seconds and started by the check itself), and the registry's initial state
 * until the first one is back. DOWN when Kartra refuses the App or the credentials (201-204, 233, 238-242), with the
 * message type in the details, or when Kartra cannot be reached; UP otherwise. The id ({@code producer:kartra-1}) and
 * the details name the account by number and show its URL, never a credential.
 */
final class KartraProducerHealthCheck extends AbstractHealthCheck {

    /** Detail: Kartra's message type of the refusal. */
    static final String DETAIL_TYPE = "kartra.message.type";
    /** Detail: Kartra's service URL. */
    static final String DETAIL_URL = "kartra.url";

    private final KartraAccount account;
    private volatile KartraSender sender;

    KartraProducerHealthCheck(KartraAccount account) {
        super("camel", "producer:" + account.name());
        this.account = account;
    }

    void use(KartraSender sender, boolean enabled) {
        this.sender = sender;
        setEnabled(enabled);
    }

    @Override
    public boolean isLiveness() {
        // Kartra refusing the credentials makes the producers useless, not the JVM broken
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail(DETAIL_URL, account.serviceUri().toString());
        KartraSender current = sender;
        KartraAccount.CredentialCheck check = current == null ? null : account.credentialCheck(current);
        if (check == null) {
            builder.message("Checking the Kartra credentials");
            return;
        }
        KartraException failure = check.failure();
        if (failure == null || refusesOnlyTheCommand(failure)) {
            builder.up();
            return;
        }
        builder.down();
        builder.message(failure.getMessage());
        builder.detail(DETAIL_TYPE, failure.getType());
        if (failure.getCategory() == KartraErrorCategory.TRANSPORT) {
            builder.error(failure);
        }
    }

    /**
     * 262 (the App may not run retrieve_account_tags) comes after Kartra accepted the App and the credentials, and
     * other command errors after that: the producers can work.
     */
    private static boolean refusesOnlyTheCommand(KartraException failure) {
        KartraErrorCategory category = failure.getCategory();
        boolean credentials = category == KartraErrorCategory.AUTHENTICATION
                              || category == KartraErrorCategory.APP && failure.getType() != KartraMessageType.CMD_NOT_PERMITTED.getCode();
        return !credentials && category != KartraErrorCategory.TRANSPORT;
    }
}
