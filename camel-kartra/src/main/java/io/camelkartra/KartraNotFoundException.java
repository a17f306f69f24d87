package io.camelkartra;

/**
 * A named object does not exist in the account: tag (212, 214), list (209, 231), sequence (219, 220), step (230), calendar (257), class (258), transaction (247), subscription (248).
 */
public class KartraNotFoundException extends KartraException {

    private static final long serialVersionUID = 1L;

    public KartraNotFoundException(Details details) {
        super(details);
    }
}
