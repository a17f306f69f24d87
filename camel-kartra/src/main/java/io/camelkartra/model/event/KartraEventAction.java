package io.camelkartra.model.event;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The actions of Kartra's Outbound API, by their wire names ({@code buy_product}), each with the key of its
 * {@code action_details} container and the class its details are read as.
 * <p>
 * Kartra documents 24 events; the refund event is listed under two names ({@code refund_product} and
 * {@code partial_refund_product}) that no Kartra page confirms, so both are here. A client of the live API also
 * handles {@code subscription_cancelled}: it reads as {@link #CANCEL_SUBSCRIPTION} (the event keeps the name
 * received). Any other action is {@link #UNKNOWN}: still delivered, with its raw name and details.
 */
public enum KartraEventAction {

    BUY_PRODUCT("buy_product", TransactionEventDetails.class, "transaction_details"),
    REFUND_PRODUCT("refund_product", TransactionEventDetails.class, "transaction_details"),
    PARTIAL_REFUND_PRODUCT("partial_refund_product", TransactionEventDetails.class, "transaction_details"),
    CANCEL_SUBSCRIPTION("cancel_subscription", TransactionEventDetails.class, "transaction_details"),
    AFFILIATE_SIGNUP("affiliate_signup", ProductEventDetails.class, "product"),
    JV_SIGNUP("jv_signup", ProductEventDetails.class, "product"),
    CALENDAR_SUBSCRIBE("calendar_subscribe", CalendarEventDetails.class, "calendar"),
    CALENDAR_CANCEL("calendar_cancel", CalendarEventDetails.class, "calendar"),
    CALENDAR_COMPLETE("calendar_complete", CalendarEventDetails.class, "calendar"),
    SEQUENCE_SUBSCRIPTION("sequence_subscription", SequenceEventDetails.class, "sequence"),
    SEQUENCE_UNSUBSCRIPTION("sequence_unsubscription", SequenceEventDetails.class, "sequence"),
    SEQUENCE_COMPLETION("sequence_completion", SequenceEventDetails.class, "sequence"),
    ASSIGN_TAG("assign_tag", TagEventDetails.class, "tag"),
    UNASSIGN_TAG("unassign_tag", TagEventDetails.class, "tag"),
    LIST_SUBSCRIPTION("list_subscription", ListEventDetails.class, "list"),
    LIST_UNSUBSCRIPTION("list_unsubscription", ListEventDetails.class, "list"),
    MEMBERSHIP_GRANTED("membership_granted", MembershipEventDetails.class, "membership"),
    MEMBERSHIP_REVOKED("membership_revoked", MembershipEventDetails.class, "membership"),
    /** The only third-party listing puts the form under {@code tag}; {@code form} is the likely key, so both are read. */
    FILLED_FORM("filled_form", FormEventDetails.class, "form", "tag"),
    SURVEY_COMPLETE("survey_complete", SurveyEventDetails.class, "survey"),
    VIDEO_PLAY("video_play", VideoEventDetails.class, "video"),
    VIDEO_COMPLETE("video_complete", VideoEventDetails.class, "video"),
    REACHES_SCORE("reaches_score", PointsEventDetails.class, "points"),
    KARTRA_PAGE_VISIT("kartra_page_visit", PageEventDetails.class, "kartra_page"),
    CLICK_PAGE_SPLIT_TEST_LINK("click_page_split_test_link", SplitTestLinkEventDetails.class, "page_split_test_link"),
    /** An action this version does not know. */
    UNKNOWN(null, null);

    /** Names other than the documented one that clients of the live API report, with the action they stand for. */
    private static final Map<String, KartraEventAction> REPORTED_NAMES = Map.of("subscription_cancelled", CANCEL_SUBSCRIPTION);
    private static final Map<String, KartraEventAction> BY_NAME = byName();

    private final String kartraName;
    private final Class<? extends KartraEventDetails> detailsType;
    private final List<String> containers;

    KartraEventAction(String kartraName, Class<? extends KartraEventDetails> detailsType, String... containers) {
        this.kartraName = kartraName;
        this.detailsType = detailsType;
        this.containers = List.of(containers);
    }

    /** The action with this wire name (case and surrounding blanks ignored), or {@link #UNKNOWN}. */
    public static KartraEventAction fromKartraName(String name) {
        if (name == null) {
            return UNKNOWN;
        }
        return BY_NAME.getOrDefault(name.trim().toLowerCase(Locale.ROOT), UNKNOWN);
    }

    private static Map<String, KartraEventAction> byName() {
        Map<String, KartraEventAction> byName = new HashMap<>(REPORTED_NAMES);
        Arrays.stream(values()).filter(action -> action.kartraName != null).forEach(action -> byName.put(action.kartraName, action));
        return Map.copyOf(byName);
    }

    /** Kartra's name of the action ({@code buy_product}); null for {@link #UNKNOWN}. */
    public String getKartraName() {
        return kartraName;
    }

    /** The class the details are read as; null for {@link #UNKNOWN}. */
    public Class<? extends KartraEventDetails> getDetailsType() {
        return detailsType;
    }

    /** The keys of {@code action_details} that hold the details, in the order they are looked for. */
    public List<String> getContainers() {
        return containers;
    }
}
