package io.camelkartra;

/**
 * The App user's credentials or account were refused: 201 (plain http), 202, 203, 233 (API key or password), 204 (account inactive). Retrying does not help; fix the configuration.
 */
public class KartraAuthenticationException extends KartraException {

    private static final long serialVersionUID = 1L;

    public KartraAuthenticationException(Details details) {
        super(details);
    }
}
