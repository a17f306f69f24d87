package io.camelkartra;

/** Which command {@code upsertLead} tries first (the {@code upsertStrategy} option). */
public enum KartraUpsertStrategy {

    /** create_lead first: one call for a new lead, two for an existing one. */
    createFirst,
    /** edit_lead first: one call for an existing lead, two for a new one. */
    editFirst
}
