package io.camelkartra;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.camelkartra.KartraOperation.assignTag;
import static io.camelkartra.KartraOperation.calendarCancel;
import static io.camelkartra.KartraOperation.calendarSubscribe;
import static io.camelkartra.KartraOperation.cancelTransaction;
import static io.camelkartra.KartraOperation.createCustomField;
import static io.camelkartra.KartraOperation.createLead;
import static io.camelkartra.KartraOperation.editLead;
import static io.camelkartra.KartraOperation.editSubscription;
import static io.camelkartra.KartraOperation.getLead;
import static io.camelkartra.KartraOperation.getSubscriptionDetails;
import static io.camelkartra.KartraOperation.getTransactionDetails;
import static io.camelkartra.KartraOperation.givePointsToLead;
import static io.camelkartra.KartraOperation.modifySubscriptionStatus;
import static io.camelkartra.KartraOperation.refundTransaction;
import static io.camelkartra.KartraOperation.removePointsFromLead;
import static io.camelkartra.KartraOperation.searchSubscription;
import static io.camelkartra.KartraOperation.searchTransaction;
import static io.camelkartra.KartraOperation.subscribeLeadToList;
import static io.camelkartra.KartraOperation.subscribeLeadToSequenceAtStep;
import static io.camelkartra.KartraOperation.unassignTag;
import static io.camelkartra.KartraOperation.unsubscribeLeadFromList;
import static io.camelkartra.KartraOperation.unsubscribeLeadFromSequence;

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
    LEAD_SUBSCRIBED_TO_LIST(101, "Lead subscribed to list", KartraErrorCategory.NONE, false, subscribeLeadToList),
    LEAD_UNSUBSCRIBED_FROM_LIST(101, "Lead unsubscribed from list", KartraErrorCategory.NONE, false, unsubscribeLeadFromList),
    TAG_ADDED(103, "Tag added to lead", KartraErrorCategory.NONE, false, assignTag),
    TAG_REMOVED(104, "Tag removed from lead", KartraErrorCategory.NONE, false, unassignTag),
    POINTS_ADDED(105, "Points added to lead", KartraErrorCategory.NONE, false, givePointsToLead),
    POINTS_REMOVED(106, "Points removed from lead", KartraErrorCategory.NONE, false, removePointsFromLead),
    LEAD_ADDED_TO_SEQUENCE(107, "Lead added to sequence", KartraErrorCategory.NONE, false, subscribeLeadToSequenceAtStep),
    LEAD_SUBSCRIBED_TO_CLASS(112, "Lead subscribed to class", KartraErrorCategory.NONE, false, calendarSubscribe),
    LEAD_UNSUBSCRIBED_FROM_CLASS(113, "Lead unsubscribed from class", KartraErrorCategory.NONE, false, calendarCancel),
    CUSTOM_FIELD_CREATED(114, "Custom Field created", KartraErrorCategory.NONE, false, createCustomField),
    SUBSCRIPTION_MODIFIED(115, "Subscription modified", KartraErrorCategory.NONE, false, modifySubscriptionStatus, editSubscription),
    CONNECTION_NOT_SECURE(201, "Connection not secure", KartraErrorCategory.AUTHENTICATION, false),
    API_KEY_EMPTY(202, "API key cannot be empty. Please get an API key first", KartraErrorCategory.AUTHENTICATION, false),
    API_KEY_NOT_VALID(203, "API key not valid. Please get an API key first", KartraErrorCategory.AUTHENTICATION, false),
    API_PASSWORD_NOT_VALID(233, "API password not valid. Please get an API password first", KartraErrorCategory.AUTHENTICATION, false),
    API_ACCOUNT_INACTIVE(204, "API Account inactive", KartraErrorCategory.AUTHENTICATION, false),
    CMD_REQUIRED(254, "'cmd' is required", KartraErrorCategory.MALFORMED_REQUEST, false),
    LEAD_IDENTITY_REQUIRED(206, "email or lead id is required. Nothing done", KartraErrorCategory.MALFORMED_REQUEST, false),
    LEAD_NOT_AN_ARRAY(223, "'lead' not an array", KartraErrorCategory.MALFORMED_REQUEST, false),
    GET_LEAD_NOT_AN_ARRAY(236, "'get_lead' not an array", KartraErrorCategory.MALFORMED_REQUEST, false),
    ACTIONS_NOT_AN_ARRAY(224, "'actions' not an array", KartraErrorCategory.MALFORMED_REQUEST, false),
    APP_ID_EMPTY(238, "App Id cannot be empty. Please get an App Id first", KartraErrorCategory.APP, false),
    APP_ID_NOT_VALID(239, "App Id is not valid. The app does not exists or is inactive", KartraErrorCategory.APP, false),
    APP_ACCOUNT_INACTIVE(240, "App Account inactive", KartraErrorCategory.APP, false),
    UNAUTHORIZED_IP(242, "This API call was sent from an unauthorized IP", KartraErrorCategory.APP, false),
    CMD_NOT_PERMITTED(262, "App does not have permission to execute this CMD", KartraErrorCategory.APP, false),
    LIST_EMPTY(207, "List cannot be empty", KartraErrorCategory.VALIDATION, false, subscribeLeadToList),
    UNSUBSCRIBE_LIST_EMPTY(208, "List cannot be empty", KartraErrorCategory.VALIDATION, false, unsubscribeLeadFromList),
    UNSUBSCRIBE_LIST_DOES_NOT_EXIST(209, "List does not exist", KartraErrorCategory.NOT_FOUND, false, unsubscribeLeadFromList),
    TAG_EMPTY(211, "Tag cannot be empty", KartraErrorCategory.VALIDATION, false, assignTag),
    TAG_DOES_NOT_EXIST(212, "Tag does not exist", KartraErrorCategory.NOT_FOUND, false, assignTag),
    UNASSIGN_TAG_EMPTY(213, "Tag cannot be empty", KartraErrorCategory.VALIDATION, false, unassignTag),
    UNASSIGN_TAG_DOES_NOT_EXIST(214, "Tag does not exist", KartraErrorCategory.NOT_FOUND, false, unassignTag),
    POINTS_EMPTY(215, "Points cannot be empty", KartraErrorCategory.VALIDATION, false, givePointsToLead),
    REMOVE_POINTS_EMPTY(217, "Points cannot be empty", KartraErrorCategory.VALIDATION, false, removePointsFromLead),
    SEQUENCE_DOES_NOT_EXIST(219, "Sequence does not exist", KartraErrorCategory.NOT_FOUND, false, subscribeLeadToSequenceAtStep),
    UNSUBSCRIBE_SEQUENCE_DOES_NOT_EXIST(220, "Sequence does not exist", KartraErrorCategory.NOT_FOUND, false, unsubscribeLeadFromSequence),
    STEP_EMPTY(225, "Step cannot be empty", KartraErrorCategory.VALIDATION, false, subscribeLeadToSequenceAtStep),
    SEQUENCE_EMPTY(226, "Sequence cannot be empty", KartraErrorCategory.VALIDATION, false, subscribeLeadToSequenceAtStep, unsubscribeLeadFromSequence),
    POINTS_NOT_A_NUMBER(227, "Points is not a number", KartraErrorCategory.VALIDATION, false, givePointsToLead),
    REMOVE_POINTS_NOT_A_NUMBER(228, "Points is not a number", KartraErrorCategory.VALIDATION, false, removePointsFromLead),
    STEP_NOT_ALPHANUMERIC(229, "Step has to be alphanumeric", KartraErrorCategory.VALIDATION, false, subscribeLeadToSequenceAtStep),
    STEP_DOES_NOT_EXIST(230, "Step does not exist", KartraErrorCategory.NOT_FOUND, false, subscribeLeadToSequenceAtStep),
    LIST_DOES_NOT_EXIST(231, "List does not exist", KartraErrorCategory.NOT_FOUND, false, subscribeLeadToList),
    GET_LEAD_NO_LEAD_FOUND(234, "No lead found", KartraErrorCategory.LEAD_NOT_FOUND, false, getLead),
    NO_LEAD_FOUND(243, "No lead found", KartraErrorCategory.LEAD_NOT_FOUND, false),
    LEAD_ALREADY_EXISTS(244, "Lead already exists", KartraErrorCategory.LEAD_EXISTS, false, createLead),
    LEAD_IS_DELETED(245, "Lead is deleted", KartraErrorCategory.LEAD_NOT_FOUND, false),
    TRANSACTION_DOES_NOT_EXIST(247, "Transaction doesn't exist", KartraErrorCategory.NOT_FOUND, false, searchTransaction, getTransactionDetails, refundTransaction, cancelTransaction),
    SUBSCRIPTION_DOES_NOT_EXIST(248, "Subscription doesn't exist", KartraErrorCategory.NOT_FOUND, false, searchSubscription, getSubscriptionDetails, cancelTransaction, modifySubscriptionStatus, editSubscription),
    TRANSACTION_NOT_RECURRING(249, "Transaction not linked to any recurring subscription", KartraErrorCategory.REJECTED, false, cancelTransaction),
    OUTSIDE_REFUND_PERIOD(250, "Transaction outside refund period", KartraErrorCategory.REJECTED, false, refundTransaction),
    ALREADY_REFUNDED(251, "Transaction already refunded", KartraErrorCategory.REJECTED, false, refundTransaction),
    SUBSCRIPTION_ALREADY_CANCELLED(252, "Subscription already cancelled", KartraErrorCategory.REJECTED, false, cancelTransaction, modifySubscriptionStatus),
    TRANSACTION_NOT_REFUNDABLE(253, "This type of transaction cannot be refunded or cancelled", KartraErrorCategory.REJECTED, false, refundTransaction, cancelTransaction),
    CALENDAR_EMPTY(255, "Calendar cannot be empty", KartraErrorCategory.VALIDATION, false, calendarSubscribe, calendarCancel),
    CLASS_EMPTY(256, "Class cannot be empty", KartraErrorCategory.VALIDATION, false, calendarSubscribe, calendarCancel),
    CALENDAR_DOES_NOT_EXIST(257, "Calendar does not exist", KartraErrorCategory.NOT_FOUND, false, calendarSubscribe, calendarCancel),
    CLASS_DOES_NOT_EXIST(258, "Class does not exist", KartraErrorCategory.NOT_FOUND, false, calendarSubscribe, calendarCancel),
    NO_CALENDAR_SUBSCRIPTION(259, "No active/pending calendar subscription for this lead", KartraErrorCategory.REJECTED, false, calendarCancel),
    INVALID_DATE_FORMAT(260, "Invalid date format", KartraErrorCategory.VALIDATION, false, calendarSubscribe, editSubscription),
    DATE_IN_THE_PAST(261, "Date is in the past", KartraErrorCategory.VALIDATION, false, calendarSubscribe, editSubscription),
    CUSTOM_FIELD_NAME_INVALID(263, "Custom Field name can only contain letters, numbers, dashes or underscores", KartraErrorCategory.VALIDATION, false, createCustomField),
    CUSTOM_FIELD_EXISTS(264, "Custom Field already exists or not allowed", KartraErrorCategory.REJECTED, false, createCustomField),
    CUSTOM_FIELD_EMPTY(265, "Custom Field cannot be empty", KartraErrorCategory.VALIDATION, false, createCustomField),
    REFUND_FAILED(266, "Refund has failed", KartraErrorCategory.REJECTED, true, refundTransaction),
    CANCELLATION_FAILED(267, "Cancellation has failed", KartraErrorCategory.REJECTED, true, cancelTransaction, modifySubscriptionStatus),
    INVALID_AMOUNT(268, "Invalid amount", KartraErrorCategory.VALIDATION, false, refundTransaction, editSubscription),
    CUSTOM_FIELD_TYPE_NOT_VALID(269, "Custom Field type not valid", KartraErrorCategory.VALIDATION, false, createCustomField),
    OPTIONS_NOT_AN_ARRAY(270, "Options not an array", KartraErrorCategory.VALIDATION, false, createCustomField),
    WRONG_CUSTOM_FIELD_FORMAT(271, "Wrong custom field format", KartraErrorCategory.VALIDATION, false, createLead, editLead),
    OPTION_EMPTY(272, "Option cannot be empty", KartraErrorCategory.VALIDATION, false, createCustomField),
    TOO_FEW_OPTIONS(273, "Options must have two or more elements", KartraErrorCategory.VALIDATION, false, createCustomField),
    WRONG_STATUS(274, "Wrong status", KartraErrorCategory.VALIDATION, false, modifySubscriptionStatus),
    SUBSCRIPTION_NOT_UPDATABLE(275, "Subscriptions cancelled or terminated cannot be updated", KartraErrorCategory.REJECTED, false, modifySubscriptionStatus, editSubscription),
    QUANTITY_OUT_OF_RANGE(276, "Quantity must be between 1 and 9,999", KartraErrorCategory.VALIDATION, false, editSubscription),
    PRICE_OUT_OF_RANGE(277, "Price must be between 1.00 and 9,999.99", KartraErrorCategory.VALIDATION, false, editSubscription),
    INVALID_NUMBER(278, "Invalid number", KartraErrorCategory.VALIDATION, false, editSubscription),
    INVALID_RECURRING_PERIOD(280, "Invalid recurring period", KartraErrorCategory.VALIDATION, false, editSubscription),
    RECURRENCE_CANNOT_BE_CHANGED(281, "Recurrence cannot be changed", KartraErrorCategory.REJECTED, false, editSubscription),
    INCORRECT_INSTALLMENTS(282, "Incorrect number of installments", KartraErrorCategory.VALIDATION, false, editSubscription),
    WRONG_PRODUCT_OR_PRICE_POINT(283, "Wrong product id or price point", KartraErrorCategory.VALIDATION, false, editSubscription),
    PAYPAL_NOT_MODIFIABLE(284, "Paypal transactions cannot be modified", KartraErrorCategory.REJECTED, false, modifySubscriptionStatus, editSubscription),
    NO_EDITABLE_PARAMETERS(285, "No editable parameters for subscription", KartraErrorCategory.VALIDATION, false, editSubscription),
    TAX_OUT_OF_RANGE(290, "Tax must be between 0 and 100", KartraErrorCategory.VALIDATION, false, editSubscription);

    private static final Map<Integer, KartraMessageType> ERRORS_BY_CODE = Arrays.stream(values())
            .filter(KartraMessageType::isError)
            .collect(Collectors.toUnmodifiableMap(KartraMessageType::getCode, Function.identity()));

    private final int code;
    private final String message;
    private final KartraErrorCategory category;
    private final boolean retryable;
    private final List<KartraOperation> operations;

    KartraMessageType(int code, String message, KartraErrorCategory category, boolean retryable, KartraOperation... operations) {
        this.code = code;
        this.message = message;
        this.category = category;
        this.retryable = retryable;
        this.operations = List.of(operations);
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
        return operations.stream().map(KartraOperation::getCommand).collect(Collectors.toUnmodifiableList());
    }

    /** The operations whose commands are documented to answer this type; empty for the generic types. */
    List<KartraOperation> operations() {
        return operations;
    }
}
