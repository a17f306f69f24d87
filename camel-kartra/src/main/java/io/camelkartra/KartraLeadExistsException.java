package io.camelkartra;

/**
 * create_lead for an email that already has a lead (244). The upsertLead operation resolves this by editing instead.
 */
public class KartraLeadExistsException extends KartraException {

    private static final long serialVersionUID = 1L;

    public KartraLeadExistsException(Details details) {
        super(details);
    }
}
