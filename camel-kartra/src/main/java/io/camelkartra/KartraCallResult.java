package io.camelkartra;

import java.util.HashMap;
import java.util.Map;

/**
 * What one call to Kartra came to, as the metrics and the dev console count it, with the other bounded labels they
 * share: the command (from the command table), Kartra's message type (from the catalogue) and the kind of name an
 * inventory refusal is about. No label ever holds free text, a credential or personal data.
 */
enum KartraCallResult {

    /** Kartra answered success. */
    SUCCESS("success"),
    /** Kartra answered an error envelope (its message type is the {@code type} label). */
    KARTRA_ERROR("kartra_error"),
    /** Kartra answered HTTP 429. */
    RATE_LIMITED("rate_limited"),
    /** An HTTP status or a body that is not Kartra's envelope (a proxy's error page, say). */
    BAD_REPLY("bad_reply"),
    /** The transport failed before the request reached Kartra (connection refused, say): Kartra did nothing. */
    NOT_SENT("not_sent"),
    /** The transport failed after the request may have reached Kartra (timeout, reset): Kartra may have acted. */
    MAYBE_SENT("maybe_sent");

    /** The {@code command} label of a call of several actions ({@code kartra:call} chains). */
    static final String CHAIN = "chain";
    /** The console's outcome of a call the account's inventory refused before sending. */
    static final String INVENTORY_REFUSED = "inventory_refused";
    /** The label of anything outside the command table or the catalogue. */
    static final String OTHER = "other";
    /** The {@code type} label of a call that carries no Kartra error type. */
    static final String NO_TYPE = "none";

    /** Kartra's "does not exist" types of a name the inventory checks, with the kind of name: from the command table. */
    private static final Map<Integer, String> KIND_BY_UNKNOWN_TYPE = kindsOfUnknownNames();

    private final String label;

    KartraCallResult(String label) {
        this.label = label;
    }

    /** The value of the {@code outcome} label. */
    String label() {
        return label;
    }

    /** The result of a call whose HTTP response was read into the outcome. */
    static KartraCallResult answered(KartraOutcome outcome) {
        KartraException failure = outcome.failure();
        if (failure == null) {
            return SUCCESS;
        }
        if (failure instanceof KartraRateLimitException) {
            return RATE_LIMITED;
        }
        return failure.getType() > 0 ? KARTRA_ERROR : BAD_REPLY;
    }

    /** The {@code command} label: the call's command when the table has it, {@code chain} for several. */
    static String command(KartraCall call) {
        if (call.commands().size() > 1) {
            return CHAIN;
        }
        return KartraCommand.of(call.singleCommand()).map(KartraCommand::wireName).orElse(OTHER);
    }

    /** The {@code type} label: the catalogue's number of a Kartra error, {@code other} for an undocumented one. */
    static String type(KartraException failure) {
        if (failure == null || failure.getType() <= 0) {
            return NO_TYPE;
        }
        return KartraMessageType.ofErrorCode(failure.getType()).map(known -> Integer.toString(known.getCode())).orElse(OTHER);
    }

    /** The kind of name an inventory refusal is about: tag, list, sequence, custom_field. */
    static String refusedKind(KartraException refusal) {
        return KIND_BY_UNKNOWN_TYPE.getOrDefault(refusal.getType(), OTHER);
    }

    /** The {@code reason} label of a call the rate limiter did not let through: no_slot, or limiter_failed. */
    static String slotRefusal(KartraException refusal) {
        return refusal.getCause() != null ? "limiter_failed" : "no_slot";
    }

    /** The {@code result} label of an inventory load: complete, partial (some parts missing) or failed. */
    static String inventoryLoad(KartraInventoryCache.Load load) {
        if (load.failure() == null) {
            return "complete";
        }
        return load.inventory() == null ? "failed" : "partial";
    }

    private static Map<Integer, String> kindsOfUnknownNames() {
        Map<Integer, String> kinds = new HashMap<>();
        for (KartraCommand command : KartraCommand.values()) {
            for (KartraCommand.Use use : command.uses()) {
                if (use.inventory() != null) {
                    kinds.put(use.whenUnknown().getCode(), use.inventory().kind());
                }
            }
        }
        // the inventory's check of custom field identifiers and option labels
        kinds.put(KartraMessageType.WRONG_CUSTOM_FIELD_FORMAT.getCode(), "custom_field");
        return Map.copyOf(kinds);
    }
}
