package io.camelkartra;

/**
 * The request was valid but a business rule refused it: already refunded (251), outside the refund period (250), subscription already cancelled (252), PayPal subscription (284), no calendar subscription to cancel (259), gateway failures (266, 267), and the like.
 */
public class KartraRejectedException extends KartraException {

    private static final long serialVersionUID = 1L;

    public KartraRejectedException(Details details) {
        super(details);
    }
}
