package io.camelkartra.internal;

/**
 * A post the consumers refuse, with the HTTP status and the short reason they answer. The reason never quotes the
 * request.
 */
public final class WebhookRejection extends Exception {

    private final int status;

    public WebhookRejection(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }

    /** 401 or 403 for a credential that is missing or wrong. */
    public static WebhookRejection of(SharedSecretCheck.Verdict verdict, String credential) {
        return verdict == SharedSecretCheck.Verdict.MISSING
                ? new WebhookRejection(401, credential + " missing")
                : new WebhookRejection(403, credential + " not accepted");
    }
}
