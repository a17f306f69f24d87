package io.camelkartra.simulator.state;

/**
 * Every message the simulator answers with: Kartra's type number and current text (kartra-api.md §3).
 * Type 0 means Kartra sends no {@code type} (e.g. "Transaction exists"). Types 108–111 are not
 * documented; the simulator's choice is marked.
 */
enum Message {
    // ---- success
    SUBSCRIBED_TO_LIST(101, "Lead subscribed to list"),
    /** Documented as 101 in every doc version (probably a copy error, kept). */
    UNSUBSCRIBED_FROM_LIST(101, "Lead unsubscribed from list"),
    TAG_ADDED(103, "Tag added to lead"),
    TAG_REMOVED(104, "Tag removed from lead"),
    POINTS_ADDED(105, "Points added to lead"),
    POINTS_REMOVED(106, "Points removed from lead"),
    ADDED_TO_SEQUENCE(107, "Lead added to sequence"),
    /** Chosen: undocumented. */
    REMOVED_FROM_SEQUENCE(108, "Lead removed from sequence"),
    /** Chosen: undocumented. */
    LEAD_CREATED(109, "Lead created"),
    /** Chosen: undocumented. */
    LEAD_EDITED(110, "Lead edited"),
    /** Chosen: undocumented. */
    LEAD_FOUND(111, "Lead found"),
    SUBSCRIBED_TO_CLASS(112, "Lead subscribed to class"),
    UNSUBSCRIBED_FROM_CLASS(113, "Lead unsubscribed from class"),
    CUSTOM_FIELD_CREATED(114, "Custom Field created"),
    SUBSCRIPTION_MODIFIED(115, "Subscription modified"),
    TRANSACTION_EXISTS(0, "Transaction exists"),
    /** Chosen by analogy with "Transaction exists": undocumented. */
    SUBSCRIPTION_EXISTS(0, "Subscription exists"),

    // ---- generic: connection, credentials, structure
    CONNECTION_NOT_SECURE(201, "Connection not secure"),
    API_KEY_EMPTY(202, "API key cannot be empty. Please get an API key first"),
    API_KEY_INVALID(203, "API key not valid. Please get an API key first"),
    API_PASSWORD_INVALID(233, "API password not valid. Please get an API password first"),
    ACCOUNT_INACTIVE(204, "API Account inactive"),
    CMD_REQUIRED(254, "'cmd' is required"),
    LEAD_IDENTITY_REQUIRED(206, "email or lead id is required. Nothing done"),
    LEAD_NOT_ARRAY(223, "'lead' not an array"),
    GET_LEAD_NOT_ARRAY(236, "'get_lead' not an array"),
    ACTIONS_NOT_ARRAY(224, "'actions' not an array"),

    // ---- generic: App
    APP_ID_EMPTY(238, "App Id cannot be empty. Please get an App Id first"),
    APP_ID_INVALID(239, "App Id is not valid. The app does not exists or is inactive"),
    APP_ACCOUNT_INACTIVE(240, "App Account inactive"),
    UNAUTHORIZED_IP(242, "This API call was sent from an unauthorized IP"),
    CMD_NOT_PERMITTED(262, "App does not have permission to execute this CMD"),

    // ---- command-specific
    LIST_EMPTY_ON_SUBSCRIBE(207, "List cannot be empty"),
    LIST_EMPTY_ON_UNSUBSCRIBE(208, "List cannot be empty"),
    LIST_UNKNOWN_ON_UNSUBSCRIBE(209, "List does not exist"),
    TAG_EMPTY_ON_ASSIGN(211, "Tag cannot be empty"),
    TAG_UNKNOWN_ON_ASSIGN(212, "Tag does not exist"),
    TAG_EMPTY_ON_UNASSIGN(213, "Tag cannot be empty"),
    TAG_UNKNOWN_ON_UNASSIGN(214, "Tag does not exist"),
    POINTS_EMPTY_ON_GIVE(215, "Points cannot be empty"),
    POINTS_EMPTY_ON_REMOVE(217, "Points cannot be empty"),
    SEQUENCE_UNKNOWN_ON_SUBSCRIBE(219, "Sequence does not exist"),
    SEQUENCE_UNKNOWN_ON_UNSUBSCRIBE(220, "Sequence does not exist"),
    STEP_EMPTY(225, "Step cannot be empty"),
    SEQUENCE_EMPTY(226, "Sequence cannot be empty"),
    POINTS_NOT_NUMBER_ON_GIVE(227, "Points is not a number"),
    POINTS_NOT_NUMBER_ON_REMOVE(228, "Points is not a number"),
    STEP_NOT_ALPHANUMERIC(229, "Step has to be alphanumeric"),
    STEP_UNKNOWN(230, "Step does not exist"),
    LIST_UNKNOWN_ON_SUBSCRIBE(231, "List does not exist"),
    GET_LEAD_NOT_FOUND(234, "No lead found"),
    LEAD_NOT_FOUND(243, "No lead found"),
    LEAD_EXISTS(244, "Lead already exists"),
    LEAD_DELETED(245, "Lead is deleted"),
    TRANSACTION_UNKNOWN(247, "Transaction doesn't exist"),
    SUBSCRIPTION_UNKNOWN(248, "Subscription doesn't exist"),
    NOT_RECURRING(249, "Transaction not linked to any recurring subscription"),
    OUTSIDE_REFUND_PERIOD(250, "Transaction outside refund period"),
    ALREADY_REFUNDED(251, "Transaction already refunded"),
    ALREADY_CANCELLED(252, "Subscription already cancelled"),
    NOT_REFUNDABLE(253, "This type of transaction cannot be refunded or cancelled"),
    CALENDAR_EMPTY(255, "Calendar cannot be empty"),
    CLASS_EMPTY(256, "Class cannot be empty"),
    CALENDAR_UNKNOWN(257, "Calendar does not exist"),
    CLASS_UNKNOWN(258, "Class does not exist"),
    NO_CALENDAR_SUBSCRIPTION(259, "No active/pending calendar subscription for this lead"),
    INVALID_DATE(260, "Invalid date format"),
    DATE_IN_PAST(261, "Date is in the past"),
    FIELD_NAME_INVALID(263, "Custom Field name can only contain letters, numbers, dashes or underscores"),
    FIELD_EXISTS(264, "Custom Field already exists or not allowed"),
    FIELD_EMPTY(265, "Custom Field cannot be empty"),
    REFUND_FAILED(266, "Refund has failed"),
    CANCELLATION_FAILED(267, "Cancellation has failed"),
    INVALID_AMOUNT(268, "Invalid amount"),
    FIELD_TYPE_INVALID(269, "Custom Field type not valid"),
    OPTIONS_NOT_ARRAY(270, "Options not an array"),
    WRONG_CUSTOM_FIELD_FORMAT(271, "Wrong custom field format"),
    OPTION_EMPTY(272, "Option cannot be empty"),
    TOO_FEW_OPTIONS(273, "Options must have two or more elements"),
    WRONG_STATUS(274, "Wrong status"),
    SUBSCRIPTION_FINAL(275, "Subscriptions cancelled or terminated cannot be updated"),
    QUANTITY_OUT_OF_RANGE(276, "Quantity must be between 1 and 9,999"),
    PRICE_OUT_OF_RANGE(277, "Price must be between 1.00 and 9,999.99"),
    INVALID_NUMBER(278, "Invalid number"),
    INVALID_RECURRING_PERIOD(280, "Invalid recurring period"),
    RECURRENCE_UNCHANGEABLE(281, "Recurrence cannot be changed"),
    INSTALLMENTS_INVALID(282, "Incorrect number of installments"),
    WRONG_PRODUCT(283, "Wrong product id or price point"),
    PAYPAL_UNMODIFIABLE(284, "Paypal transactions cannot be modified"),
    NOTHING_TO_EDIT(285, "No editable parameters for subscription"),
    TAX_OUT_OF_RANGE(290, "Tax must be between 0 and 100");

    private final int type;
    private final String text;

    Message(int type, String text) {
        this.type = type;
        this.text = text;
    }

    /** Kartra's message type, 0 when Kartra sends none. */
    int type() {
        return type;
    }

    String text() {
        return text;
    }
}
