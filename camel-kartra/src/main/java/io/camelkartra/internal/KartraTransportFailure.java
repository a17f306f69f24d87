package io.camelkartra.internal;

/** The HTTP exchange failed without a reply; {@link #mayHaveReachedKartra()} decides whether a replay could double an effect. */
public final class KartraTransportFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean mayHaveReachedKartra;

    KartraTransportFailure(String message, Throwable cause, boolean mayHaveReachedKartra) {
        super(message, cause);
        this.mayHaveReachedKartra = mayHaveReachedKartra;
    }

    public boolean mayHaveReachedKartra() {
        return mayHaveReachedKartra;
    }
}
