package io.camelkartra;

/**
 * The call produced no Kartra reply: connection refused or reset, timeout, an HTTP error status, or a body that is not a Kartra envelope (HTML error page, empty, truncated JSON). {@link #isRetryable()} says whether sending it again is safe for this operation.
 */
public class KartraTransportException extends KartraException {

    private static final long serialVersionUID = 1L;

    public KartraTransportException(Details details) {
        super(details);
    }
}
