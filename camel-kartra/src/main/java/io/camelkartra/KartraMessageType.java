package io.camelkartra;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of every message type Kartra documents (kartra-api.md section 3): the success types, the 15 generic
 * errors of Kartra's "Success and error confirmation messages" page and every command-specific error, each with its
 * current text, category, whether the failure it reports can go away on a later try, and the commands that answer it
 * (empty for the generic ones, which any call can get).
 * <p>
 * Branch on the number ({@code ${exception.type} == 212}), never on the text: Kartra changed the texts between two
 * generations of its documentation, the numbers stayed.
 */
public enum KartraMessageType {
    /** Lead subscribed to list. */
    LEAD_SUBSCRIBED_TO_LIST(101, "Lead subscribed to list", KartraErrorCategory.NONE, false, "subscribe_lead_to_list"),
    /** Lead unsubscribed from list. */
    LEAD_UNSUBSCRIBED_FROM_LIST(101, "Lead unsubscribed from list", KartraErrorCategory.NONE, false, "unsubscribe_lead_from_list"),
    /** Tag added to lead. */
    TAG_ADDED(103, "Tag added to lead", KartraErrorCategory.NONE, false, "assign_tag"),
    /** Tag removed from lead. */
    TAG_REMOVED(104, "Tag removed from lead", KartraErrorCategory.NONE, false, "unassign_tag"),
    /** Points added to lead. */
    POINTS_ADDED(105, "Points added to lead", KartraErrorCategory.NONE, false, "give_points_to_lead"),
    /** Points removed from lead. */
    POINTS_REMOVED(106, "Points removed from lead", KartraErrorCategory.NONE, false, "remove_points_from_lead"),
    /** Lead added to sequence. */
    LEAD_ADDED_TO_SEQUENCE(107, "Lead added to sequence", KartraErrorCategory.NONE, false, "subscribe_lead_to_sequence_at_step"),
    /** Lead subscribed to class. */
    LEAD_SUBSCRIBED_TO_CLASS(112, "Lead subscribed to class", KartraErrorCategory.NONE, false, "calendar_subscribe"),
    /** Lead unsubscribed from class. */
    LEAD_UNSUBSCRIBED_FROM_CLASS(113, "Lead unsubscribed from class", KartraErrorCategory.NONE, false, "calendar_cancel"),
    /** Custom Field created. */
    CUSTOM_FIELD_CREATED(114, "Custom Field created", KartraErrorCategory.NONE, false, "create_custom_field"),
    /** Subscription modified. */
    SUBSCRIPTION_MODIFIED(115, "Subscription modified", KartraErrorCategory.NONE, false, "modify_subscription_status", "edit_subscription"),
    /** Connection not secure. */
    CONNECTION_NOT_SECURE(201, "Connection not secure", KartraErrorCategory.AUTHENTICATION, false),
    /** API key cannot be empty. Please get an API key first. */
    API_KEY_EMPTY(202, "API key cannot be empty. Please get an API key first", KartraErrorCategory.AUTHENTICATION, false),
    /** API key not valid. Please get an API key first. */
    API_KEY_NOT_VALID(203, "API key not valid. Please get an API key first", KartraErrorCategory.AUTHENTICATION, false),
    /** API password not valid. Please get an API password first. */
    API_PASSWORD_NOT_VALID(233, "API password not valid. Please get an API password first", KartraErrorCategory.AUTHENTICATION, false),
    /** API Account inactive. */
    API_ACCOUNT_INACTIVE(204, "API Account inactive", KartraErrorCategory.AUTHENTICATION, false),
    /** 'cmd' is required. */
    CMD_REQUIRED(254, "'cmd' is required", KartraErrorCategory.MALFORMED_REQUEST, false),
    /** email or lead id is required. Nothing done. */
    LEAD_IDENTITY_REQUIRED(206, "email or lead id is required. Nothing done", KartraErrorCategory.MALFORMED_REQUEST, false),
    /** 'lead' not an array. */
    LEAD_NOT_AN_ARRAY(223, "'lead' not an array", KartraErrorCategory.MALFORMED_REQUEST, false),
    /** 'get_lead' not an array. */
    GET_LEAD_NOT_AN_ARRAY(236, "'get_lead' not an array", KartraErrorCategory.MALFORMED_REQUEST, false),
    /** 'actions' not an array. */
    ACTIONS_NOT_AN_ARRAY(224, "'actions' not an array", KartraErrorCategory.MALFORMED_REQUEST, false),
    /** App Id cannot be empty. Please get an App Id first. */
    APP_ID_EMPTY(238, "App Id cannot be empty. Please get an App Id first", KartraErrorCategory.APP, false),
    /** App Id is not valid. The app does not exists or is inactive. */
    APP_ID_NOT_VALID(239, "App Id is not valid. The app does not exists or is inactive", KartraErrorCategory.APP, false),
    /** App Account inactive. */
    APP_ACCOUNT_INACTIVE(240, "App Account inactive", KartraErrorCategory.APP, false),
    /** This API call was sent from an unauthorized IP. */
    UNAUTHORIZED_IP(242, "This API call was sent from an unauthorized IP", KartraErrorCategory.APP, false),
    /** App does not have permission to execute this CMD. */
    CMD_NOT_PERMITTED(262, "App does not have permission to execute this CMD", KartraErrorCategory.APP, false),
    /** List cannot be empty. */
    LIST_EMPTY(207, "List cannot be empty", KartraErrorCategory.VALIDATION, false, "subscribe_lead_to_list"),
    /** List cannot be empty. */
    UNSUBSCRIBE_LIST_EMPTY(208, "List cannot be empty", KartraErrorCategory.VALIDATION, false, "unsubscribe_lead_from_list"),
    /** List does not exist. */
    UNSUBSCRIBE_LIST_DOES_NOT_EXIST(209, "List does not exist", KartraErrorCategory.NOT_FOUND, false, "unsubscribe_lead_from_list"),
    /** Tag cannot be empty. */
    TAG_EMPTY(211, "Tag cannot be empty", KartraErrorCategory.VALIDATION, false, "assign_tag"),
    /** Tag does not exist. */
    TAG_DOES_NOT_EXIST(212, "Tag does not exist", KartraErrorCategory.NOT_FOUND, false, "assign_tag"),
    /** Tag cannot be empty. */
    UNASSIGN_TAG_EMPTY(213, "Tag cannot be empty", KartraErrorCategory.VALIDATION, false, "unassign_tag"),
    /** Tag does not exist. */
    UNASSIGN_TAG_DOES_NOT_EXIST(214, "Tag does not exist", KartraErrorCategory.NOT_FOUND, false, "unassign_tag"),
    /** Points cannot be empty. */
    POINTS_EMPTY(215, "Points cannot be empty", KartraErrorCategory.VALIDATION, false, "give_points_to_lead"),
    /** Points cannot be empty. */
    REMOVE_POINTS_EMPTY(217, "Points cannot be empty", KartraErrorCategory.VALIDATION, false, "remove_points_from_lead"),
    /** Sequence does not exist. */
    SEQUENCE_DOES_NOT_EXIST(219, "Sequence does not exist", KartraErrorCategory.NOT_FOUND, false, "subscribe_lead_to_sequence_at_step"),
    /** Sequence does not exist. */
    UNSUBSCRIBE_SEQUENCE_DOES_NOT_EXIST(220, "Sequence does not exist", KartraErrorCategory.NOT_FOUND, false, "unsubscribe_lead_from_sequence"),
    /** Step cannot be empty. */
    STEP_EMPTY(225, "Step cannot be empty", KartraErrorCategory.VALIDATION, false, "subscribe_lead_to_sequence_at_step"),
    /** Sequence cannot be empty. */
    SEQUENCE_EMPTY(226, "Sequence cannot be empty", KartraErrorCategory.VALIDATION, false, "subscribe_lead_to_sequence_at_step", "unsubscribe_lead_from_sequence"),
    /** Points is not a number. */
    POINTS_NOT_A_NUMBER(227, "Points is not a number", KartraErrorCategory.VALIDATION, false, "give_points_to_lead"),
    /** Points is not a number. */
    REMOVE_POINTS_NOT_A_NUMBER(228, "Points is not a number", KartraErrorCategory.VALIDATION, false, "remove_points_from_lead"),
    /** Step has to be alphanumeric. */
    STEP_NOT_ALPHANUMERIC(229, "Step has to be alphanumeric", KartraErrorCategory.VALIDATION, false, "subscribe_lead_to_sequence_at_step"),
    /** Step does not exist. */
    STEP_DOES_NOT_EXIST(230, "Step does not exist", KartraErrorCategory.NOT_FOUND, false, "subscribe_lead_to_sequence_at_step"),
    /** List does not exist. */
    LIST_DOES_NOT_EXIST(231, "List does not exist", KartraErrorCategory.NOT_FOUND, false, "subscribe_lead_to_list"),
    /** No lead found. */
    GET_LEAD_NO_LEAD_FOUND(234, "No lead found", KartraErrorCategory.LEAD_NOT_FOUND, false, "get_lead"),
    /** No lead found. */
    NO_LEAD_FOUND(243, "No lead found", KartraErrorCategory.LEAD_NOT_FOUND, false),
    /** Lead already exists. */
    LEAD_ALREADY_EXISTS(244, "Lead already exists", KartraErrorCategory.LEAD_EXISTS, false, "create_lead"),
    /** Lead is deleted. */
    LEAD_IS_DELETED(245, "Lead is deleted", KartraErrorCategory.LEAD_NOT_FOUND, false),
    /** Transaction doesn't exist. */
    TRANSACTION_DOES_NOT_EXIST(247, "Transaction doesn't exist", KartraErrorCategory.NOT_FOUND, false, "search_transaction", "get_transaction_details", "refund_transaction", "cancel_transaction"),
    /** Subscription doesn't exist. */
    SUBSCRIPTION_DOES_NOT_EXIST(248, "Subscription doesn't exist", KartraErrorCategory.NOT_FOUND, false, "search_subscription", "get_subscription_details", "cancel_transaction", "modify_subscription_status", "edit_subscription"),
    /** Transaction not linked to any recurring subscription. */
    TRANSACTION_NOT_RECURRING(249, "Transaction not linked to any recurring subscription", KartraErrorCategory.REJECTED, false, "cancel_transaction"),
    /** Transaction outside refund period. */
    OUTSIDE_REFUND_PERIOD(250, "Transaction outside refund period", KartraErrorCategory.REJECTED, false, "refund_transaction"),
    /** Transaction already refunded. */
    ALREADY_REFUNDED(251, "Transaction already refunded", KartraErrorCategory.REJECTED, false, "refund_transaction"),
    /** Subscription already cancelled. */
    SUBSCRIPTION_ALREADY_CANCELLED(252, "Subscription already cancelled", KartraErrorCategory.REJECTED, false, "cancel_transaction", "modify_subscription_status"),
    /** This type of transaction cannot be refunded or cancelled. */
    TRANSACTION_NOT_REFUNDABLE(253, "This type of transaction cannot be refunded or cancelled", KartraErrorCategory.REJECTED, false, "refund_transaction", "cancel_transaction"),
    /** Calendar cannot be empty. */
    CALENDAR_EMPTY(255, "Calendar cannot be empty", KartraErrorCategory.VALIDATION, false, "calendar_subscribe", "calendar_cancel"),
    /** Class cannot be empty. */
    CLASS_EMPTY(256, "Class cannot be empty", KartraErrorCategory.VALIDATION, false, "calendar_subscribe", "calendar_cancel"),
    /** Calendar does not exist. */
    CALENDAR_DOES_NOT_EXIST(257, "Calendar does not exist", KartraErrorCategory.NOT_FOUND, false, "calendar_subscribe", "calendar_cancel"),
    /** Class does not exist. */
    CLASS_DOES_NOT_EXIST(258, "Class does not exist", KartraErrorCategory.NOT_FOUND, false, "calendar_subscribe", "calendar_cancel"),
    /** No active/pending calendar subscription for this lead. */
    NO_CALENDAR_SUBSCRIPTION(259, "No active/pending calendar subscription for this lead", KartraErrorCategory.REJECTED, false, "calendar_cancel"),
    /** Invalid date format. */
    INVALID_DATE_FORMAT(260, "Invalid date format", KartraErrorCategory.VALIDATION, false, "calendar_subscribe", "edit_subscription"),
    /** Date is in the past. */
    DATE_IN_THE_PAST(261, "Date is in the past", KartraErrorCategory.VALIDATION, false, "calendar_subscribe", "edit_subscription"),
    /** Custom Field name can only contain letters, numbers, dashes or underscores. */
    CUSTOM_FIELD_NAME_INVALID(263, "Custom Field name can only contain letters, numbers, dashes or underscores", KartraErrorCategory.VALIDATION, false, "create_custom_field"),
    /** Custom Field already exists or not allowed. */
    CUSTOM_FIELD_EXISTS(264, "Custom Field already exists or not allowed", KartraErrorCategory.REJECTED, false, "create_custom_field"),
    /** Custom Field cannot be empty. */
    CUSTOM_FIELD_EMPTY(265, "Custom Field cannot be empty", KartraErrorCategory.VALIDATION, false, "create_custom_field"),
    /** Refund has failed. */
    REFUND_FAILED(266, "Refund has failed", KartraErrorCategory.REJECTED, true, "refund_transaction"),
    /** Cancellation has failed. */
    CANCELLATION_FAILED(267, "Cancellation has failed", KartraErrorCategory.REJECTED, true, "cancel_transaction", "modify_subscription_status"),
    /** Invalid amount. */
    INVALID_AMOUNT(268, "Invalid amount", KartraErrorCategory.VALIDATION, false, "refund_transaction", "edit_subscription"),
    /** Custom Field type not valid. */
    CUSTOM_FIELD_TYPE_NOT_VALID(269, "Custom Field type not valid", KartraErrorCategory.VALIDATION, false, "create_custom_field"),
    /** Options not an array. */
    OPTIONS_NOT_AN_ARRAY(270, "Options not an array", KartraErrorCategory.VALIDATION, false, "create_custom_field"),
    /** Wrong custom field format. */
    WRONG_CUSTOM_FIELD_FORMAT(271, "Wrong custom field format", KartraErrorCategory.VALIDATION, false, "create_lead", "edit_lead"),
    /** Option cannot be empty. */
    OPTION_EMPTY(272, "Option cannot be empty", KartraErrorCategory.VALIDATION, false, "create_custom_field"),
    /** Options must have two or more elements. */
    TOO_FEW_OPTIONS(273, "Options must have two or more elements", KartraErrorCategory.VALIDATION, false, "create_custom_field"),
    /** Wrong status. */
    WRONG_STATUS(274, "Wrong status", KartraErrorCategory.VALIDATION, false, "modify_subscription_status"),
    /** Subscriptions cancelled or terminated cannot be updated. */
    SUBSCRIPTION_NOT_UPDATABLE(275, "Subscriptions cancelled or terminated cannot be updated", KartraErrorCategory.REJECTED, false, "modify_subscription_status", "edit_subscription"),
    /** Quantity must be between 1 and 9,999. */
    QUANTITY_OUT_OF_RANGE(276, "Quantity must be between 1 and 9,999", KartraErrorCategory.VALIDATION, false, "edit_subscription"),
    /** Price must be between 1.00 and 9,999.99. */
    PRICE_OUT_OF_RANGE(277, "Price must be between 1.00 and 9,999.99", KartraErrorCategory.VALIDATION, false, "edit_subscription"),
    /** Invalid number. */
    INVALID_NUMBER(278, "Invalid number", KartraErrorCategory.VALIDATION, false, "edit_subscription"),
    /** Invalid recurring period. */
    INVALID_RECURRING_PERIOD(280, "Invalid recurring period", KartraErrorCategory.VALIDATION, false, "edit_subscription"),
    /** Recurrence cannot be changed. */
    RECURRENCE_CANNOT_BE_CHANGED(281, "Recurrence cannot be changed", KartraErrorCategory.REJECTED, false, "edit_subscription"),
    /** Incorrect number of installments. */
    INCORRECT_INSTALLMENTS(282, "Incorrect number of installments", KartraErrorCategory.VALIDATION, false, "edit_subscription"),
    /** Wrong product id or price point. */
    WRONG_PRODUCT_OR_PRICE_POINT(283, "Wrong product id or price point", KartraErrorCategory.VALIDATION, false, "edit_subscription"),
    /** Paypal transactions cannot be modified. */
    PAYPAL_NOT_MODIFIABLE(284, "Paypal transactions cannot be modified", KartraErrorCategory.REJECTED, false, "modify_subscription_status", "edit_subscription"),
    /** No editable parameters for subscription. */
    NO_EDITABLE_PARAMETERS(285, "No editable parameters for subscription", KartraErrorCategory.VALIDATION, false, "edit_subscription"),
    /** Tax must be between 0 and 100. */
    TAX_OUT_OF_RANGE(290, "Tax must be between 0 and 100", KartraErrorCategory.VALIDATION, false, "edit_subscription");

    private static final Map<Integer, KartraMessageType> ERRORS_BY_CODE = Arrays.stream(values())
            .filter(KartraMessageType::isError)
            .collect(Collectors.toUnmodifiableMap(KartraMessageType::getCode, Function.identity()));

    private final int code;
    private final String message;
    private final KartraErrorCategory category;
    private final boolean retryable;
    private final List<String> commands;

    KartraMessageType(int code, String message, KartraErrorCategory category, boolean retryable, String... commands) {
        this.code = code;
        this.message = message;
        this.category = category;
        this.retryable = retryable;
        this.commands = Collections.unmodifiableList(Arrays.asList(commands));
    }

    /** The error type with this number, if Kartra documents one. Success numbers are not looked up: 101 means two things. */
    public static Optional<KartraMessageType> ofErrorCode(int code) {
        return Optional.ofNullable(ERRORS_BY_CODE.get(code));
    }

    /** The number Kartra sends in {@code type}. */
    public int getCode() {
        return code;
    }

    /** Kartra's current text for this type. */
    public String getMessage() {
        return message;
    }

    public KartraErrorCategory getCategory() {
        return category;
    }

    public boolean isError() {
        return category != KartraErrorCategory.NONE;
    }

    /**
     * Whether the failure may go away on a later identical call. Only the gateway failures of refunds and
     * cancellations do; every other documented error repeats until the request or the account changes.
     */
    public boolean isRetryable() {
        return retryable;
    }

    /** The {@code cmd} values documented to answer this type; empty for the generic types any call can get. */
    public List<String> getCommands() {
        return commands;
    }
}
