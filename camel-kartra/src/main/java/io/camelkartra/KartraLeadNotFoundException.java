package io.camelkartra;

/**
 * The lead the call names does not exist (234, 243) or is deleted (245).
 */
public class KartraLeadNotFoundException extends KartraException {

    private static final long serialVersionUID = 1L;

    public KartraLeadNotFoundException(Details details) {
        super(details);
    }
}
