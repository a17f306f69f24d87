package io.camelkartra;

import org.apache.camel.spi.Metadata;

/**
 * Message headers of the Kartra component. Every command parameter has a header that overrides the endpoint option of
 * the same name for one message ({@code CamelKartraTagName} overrides {@code tagName}).
 */
public final class KartraConstants {

    @Metadata(label = "producer", description = "The operation to perform, overriding the endpoint's (camelCase or Kartra's snake_case name).", javaType = "String")
    public static final String OPERATION = "CamelKartraOperation";
    @Metadata(label = "common", description = "The email of the lead to act on; wins over the body's. The consumers set it to the email of the event's lead or the IPN's buyer.", javaType = "String")
    public static final String LEAD_EMAIL = "CamelKartraLeadEmail";
    @Metadata(label = "common", description = "The Kartra id of the lead to act on; wins over the email and the body. Set on replies that name a lead (the id of a created lead, for example), and by consumers.", javaType = "String")
    public static final String LEAD_ID = "CamelKartraLeadId";
    @Metadata(label = "producer", description = "Kartra's reply status (Success or Error), set on every reply before any exception.", javaType = "String")
    public static final String STATUS = "CamelKartraStatus";
    @Metadata(label = "producer", description = "Kartra's reply message; for a chain with a failing action, that action's message. Set on every reply before any exception.", javaType = "String")
    public static final String MESSAGE = "CamelKartraMessage";
    @Metadata(label = "producer", description = "Kartra's numeric message type (0 when none); for a chain with a failing action, that action's type. Set on every reply before any exception.", javaType = "Integer")
    public static final String MESSAGE_TYPE = "CamelKartraMessageType";
    @Metadata(label = "producer", description = "The number of HTTP requests this message's call made to Kartra: 2 for an upsert that "
                                                + "found the lead on its second try, more when Kartra answered 429 and rateLimitRetries "
                                                + "resent the call.", javaType = "Integer")
    public static final String CALL_COUNT = "CamelKartraCallCount";
    @Metadata(label = "producer", description = "upsertLead: created when the call created the lead, updated when it edited an "
                                                + "existing one.", javaType = "String")
    public static final String UPSERT_RESULT = "CamelKartraUpsertResult";
    @Metadata(label = "producer", description = "assignTag, unassignTag: the tag name.", javaType = "String")
    public static final String TAG_NAME = "CamelKartraTagName";
    @Metadata(label = "producer", description = "createLead, editLead, upsertLead: tags to assign in the same call (a comma-separated text or a collection).", javaType = "Object")
    public static final String TAG_NAMES = "CamelKartraTagNames";
    @Metadata(label = "producer", description = "subscribeLeadToList, unsubscribeLeadFromList: the list name.", javaType = "String")
    public static final String LIST_NAME = "CamelKartraListName";
    @Metadata(label = "producer", description = "createLead, editLead, upsertLead: lists to subscribe the lead to in the same call (a comma-separated text or a collection).", javaType = "Object")
    public static final String LIST_NAMES = "CamelKartraListNames";
    @Metadata(label = "producer", description = "subscribeLeadToSequenceAtStep, unsubscribeLeadFromSequence (and, with step, a follow-up of the lead operations): the sequence name.", javaType = "String")
    public static final String SEQUENCE_NAME = "CamelKartraSequenceName";
    @Metadata(label = "producer", description = "subscribeLeadToSequenceAtStep: the step's box number in the sequence.", javaType = "String")
    public static final String STEP = "CamelKartraStep";
    @Metadata(label = "producer", description = "givePointsToLead, removePointsFromLead (and a follow-up of the lead operations): the points.", javaType = "Integer")
    public static final String POINTS = "CamelKartraPoints";
    @Metadata(label = "producer", description = "givePointsToLead: days after which the points are deducted again (0 = never).", javaType = "Integer")
    public static final String EXPIRATION = "CamelKartraExpiration";
    @Metadata(label = "producer", description = "createCustomField: the field identifier.", javaType = "String")
    public static final String CUSTOM_FIELD_IDENTIFIER = "CamelKartraCustomFieldIdentifier";
    @Metadata(label = "producer", description = "createCustomField: input_field, text_area, drop_down, radio_button or checkbox.", javaType = "String")
    public static final String CUSTOM_FIELD_TYPE = "CamelKartraCustomFieldType";
    @Metadata(label = "producer", description = "createCustomField: the option names (a comma-separated text or a collection).", javaType = "Object")
    public static final String CUSTOM_FIELD_OPTIONS = "CamelKartraCustomFieldOptions";
    @Metadata(label = "producer", description = "calendarSubscribe, calendarCancel: the calendar name.", javaType = "String")
    public static final String CALENDAR_NAME = "CamelKartraCalendarName";
    @Metadata(label = "producer", description = "calendarSubscribe, calendarCancel: the class name.", javaType = "String")
    public static final String CLASS_NAME = "CamelKartraClassName";
    @Metadata(label = "producer", description = "calendarSubscribe: the date, dd MMM yyyy (16 Jan 2019), Eastern time.", javaType = "String")
    public static final String STARTING_DATE = "CamelKartraStartingDate";
    @Metadata(label = "producer", description = "calendarSubscribe: the hour, HH:mm, Eastern time.", javaType = "String")
    public static final String STARTING_HOUR = "CamelKartraStartingHour";
    @Metadata(label = "common", description = "searchTransaction, getTransactionDetails, refundTransaction, cancelTransaction: the transaction id. Set by the consumers: the IPN's order id, and the event's for events with transaction details (buy_product, refunds, cancel_subscription).", javaType = "String")
    public static final String TRANSACTION_ID = "CamelKartraTransactionId";
    @Metadata(label = "producer", description = "refundTransaction: the amount to refund (a BigDecimal, a number or a decimal text); absent refunds in full.", javaType = "Object")
    public static final String REFUND_AMOUNT = "CamelKartraRefundAmount";
    @Metadata(label = "producer", description = "searchSubscription, getSubscriptionDetails, modifySubscriptionStatus, editSubscription: the subscription id.", javaType = "String")
    public static final String SUBSCRIPTION_ID = "CamelKartraSubscriptionId";
    @Metadata(label = "producer", description = "cancelTransaction: Kartra's internal subscription id (instead of a transaction id).", javaType = "String")
    public static final String TRANSACTION_INTERNAL_SUBSCRIPTION_ID = "CamelKartraTransactionInternalSubscriptionId";
    @Metadata(label = "producer", description = "modifySubscriptionStatus: cancel, pause or unpause.", javaType = "String")
    public static final String SUBSCRIPTION_STATUS_MODIFICATION = "CamelKartraSubscriptionStatusModification";
    @Metadata(label = "producer", description = "editSubscription: the new product id (with subscriptionPricePoint).", javaType = "String")
    public static final String SUBSCRIPTION_PRODUCT_ID = "CamelKartraSubscriptionProductId";
    @Metadata(label = "producer", description = "editSubscription: the new price point.", javaType = "String")
    public static final String SUBSCRIPTION_PRICE_POINT = "CamelKartraSubscriptionPricePoint";
    @Metadata(label = "producer", description = "editSubscription: the next payment date, yyyy-MM-dd HH:mm, Eastern time.", javaType = "String")
    public static final String SUBSCRIPTION_NEXT_PAYMENT_DATE = "CamelKartraSubscriptionNextPaymentDate";
    @Metadata(label = "producer", description = "editSubscription: the new amount, 1.00 to 9,999.99 (a BigDecimal, a number or a decimal text).", javaType = "Object")
    public static final String SUBSCRIPTION_AMOUNT = "CamelKartraSubscriptionAmount";
    @Metadata(label = "producer", description = "editSubscription: subscription_recurrence[recurring_period_1] (monthly, every 2 months, quarterly, yearly, every 2 years, weekly, every 2 weeks).", javaType = "String")
    public static final String SUBSCRIPTION_RECURRING_PERIOD_1 = "CamelKartraSubscriptionRecurringPeriod1";
    @Metadata(label = "producer", description = "editSubscription: subscription_recurrence[recurring_period_2] (recurring installments only: yearly, every 2 years).", javaType = "String")
    public static final String SUBSCRIPTION_RECURRING_PERIOD_2 = "CamelKartraSubscriptionRecurringPeriod2";
    @Metadata(label = "producer", description = "editSubscription: the quantity (1 to 9,999).", javaType = "Integer")
    public static final String SUBSCRIPTION_PRODUCT_QUANTITY = "CamelKartraSubscriptionProductQuantity";
    @Metadata(label = "producer", description = "editSubscription: installments left, a number or 'until cancelled'.", javaType = "String")
    public static final String SUBSCRIPTION_INSTALLMENTS_LEFT = "CamelKartraSubscriptionInstallmentsLeft";
    @Metadata(label = "producer", description = "editSubscription: the tax percentage, 0 to 100 (a BigDecimal, a number or a decimal text).", javaType = "Object")
    public static final String SUBSCRIPTION_TAX_PERCENT = "CamelKartraSubscriptionTaxPercent";

    @Metadata(label = "consumer", description = "kartra:events: the event's action as Kartra names it (buy_product, assign_tag, ...), also for actions this version does not know.", javaType = "String")
    public static final String EVENT_ACTION = "CamelKartraEventAction";
    @Metadata(label = "consumer", description = "kartra:ipn: the notification's transaction type as Kartra names it (sale, rebill, refund, partial_refund, chargeback, failed, cancellation, or an unknown type's text), in lower case.", javaType = "String")
    public static final String TRANSACTION_TYPE = "CamelKartraTransactionType";
    @Metadata(label = "consumer", description = "kartra:events, kartra:ipn: the key that identifies the delivery, the one the idempotentRepository option uses: action:leadId:detailId for events, ipn:transactionId:transactionType for IPN.", javaType = "String")
    public static final String DELIVERY_KEY = "CamelKartraDeliveryKey";

    private KartraConstants() {
    }
}
