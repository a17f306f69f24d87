package io.camelkartra.simulator.state;

import java.util.Arrays;
import java.util.Optional;

/** The {@code action} names of Kartra's Outbound API events (kartra-api.md §7.2). */
enum OutboundAction {
    BUY_PRODUCT,
    REFUND_PRODUCT,
    PARTIAL_REFUND_PRODUCT,
    CANCEL_SUBSCRIPTION,
    AFFILIATE_SIGNUP,
    JV_SIGNUP,
    CALENDAR_SUBSCRIBE,
    CALENDAR_CANCEL,
    CALENDAR_COMPLETE,
    SEQUENCE_SUBSCRIPTION,
    SEQUENCE_UNSUBSCRIPTION,
    SEQUENCE_COMPLETION,
    ASSIGN_TAG,
    UNASSIGN_TAG,
    LIST_SUBSCRIPTION,
    LIST_UNSUBSCRIPTION,
    MEMBERSHIP_GRANTED,
    MEMBERSHIP_REVOKED,
    FILLED_FORM,
    SURVEY_COMPLETE,
    VIDEO_PLAY,
    VIDEO_COMPLETE,
    REACHES_SCORE,
    KARTRA_PAGE_VISIT,
    CLICK_PAGE_SPLIT_TEST_LINK;

    String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<OutboundAction> fromWireName(String name) {
        return Arrays.stream(values()).filter(a -> a.wireName().equals(name)).findFirst();
    }
}
