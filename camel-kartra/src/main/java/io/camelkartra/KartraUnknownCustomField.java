package io.camelkartra;

/**
 * What to do with a custom field identifier the account's inventory does not have (the {@code unknownCustomField}
 * option): Kartra itself would drop its value without an error.
 */
public enum KartraUnknownCustomField {

    /** Refuse the call with a KartraValidationException (type 271) naming the field; nothing is sent. */
    fail,
    /** Log a WARN and send the call. */
    warn
}
