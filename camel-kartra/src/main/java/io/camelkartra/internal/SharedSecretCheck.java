package io.camelkartra.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Compares a presented shared secret (the events token, the IPN secret key) with the configured one in constant
 * time. Both sides are hashed first so that not even the length of the secret leaks through timing.
 */
public final class SharedSecretCheck {

    /** What a presented secret amounts to. */
    public enum Verdict {
        ACCEPTED,
        /** None presented (absent or blank): answered 401. */
        MISSING,
        /** Another secret: answered 403. */
        WRONG
    }

    private final byte[] expectedDigest;

    public SharedSecretCheck(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("The shared secret is empty");
        }
        this.expectedDigest = digest(secret);
    }

    public Verdict check(String presented) {
        if (presented == null || presented.isBlank()) {
            return Verdict.MISSING;
        }
        return MessageDigest.isEqual(digest(presented), expectedDigest) ? Verdict.ACCEPTED : Verdict.WRONG;
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "SharedSecretCheck[***]";
    }
}
