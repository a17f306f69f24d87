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
    @Metadata(label = "producer", description = "Overrides the tagName option for this message.", javaType = "String")
    public static final String TAG_NAME = "CamelKartraTagName";
    @Metadata(label = "producer", description = "Overrides the tagNames option for this message: a comma-separated text or a collection.", javaType = "Object")
    public static final String TAG_NAMES = "CamelKartraTagNames";
    @Metadata(label = "producer", description = "Overrides the listName option for this message.", javaType = "String")
    public static final String LIST_NAME = "CamelKartraListName";
    @Metadata(label = "producer", description = "Overrides the listNames option for this message: a comma-separated text or a collection.", javaType = "Object")
    public static final String LIST_NAMES = "CamelKartraListNames";
    @Metadata(label = "producer", description = "Overrides the sequenceName option for this message.", javaType = "String")
    public static final String SEQUENCE_NAME = "CamelKartraSequenceName";
    @Metadata(label = "producer", description = "Overrides the step option for this message.", javaType = "String")
    public static final String STEP = "CamelKartraStep";
    @Metadata(label = "producer", description = "Overrides the points option for this message.", javaType = "Integer")
    public static final String POINTS = "CamelKartraPoints";
    @Metadata(label = "producer", description = "Overrides the expiration option for this message.", javaType = "Integer")
    public static final String EXPIRATION = "CamelKartraExpiration";
    @Metadata(label = "producer", description = "Overrides the customFieldIdentifier option for this message.", javaType = "String")
    public static final String CUSTOM_FIELD_IDENTIFIER = "CamelKartraCustomFieldIdentifier";
    @Metadata(label = "producer", description = "Overrides the customFieldType option for this message: Kartra's name of the value, or the CustomFieldType.", javaType = "String")
    public static final String CUSTOM_FIELD_TYPE = "CamelKartraCustomFieldType";
    @Metadata(label = "producer", description = "Overrides the customFieldOptions option for this message: a comma-separated text or a collection.", javaType = "Object")
    public static final String CUSTOM_FIELD_OPTIONS = "CamelKartraCustomFieldOptions";
    @Metadata(label = "producer", description = "Overrides the calendarName option for this message.", javaType = "String")
    public static final String CALENDAR_NAME = "CamelKartraCalendarName";
    @Metadata(label = "producer", description = "Overrides the className option for this message.", javaType = "String")
    public static final String CLASS_NAME = "CamelKartraClassName";
    @Metadata(label = "producer", description = "Overrides the startingDate option for this message.", javaType = "String")
    public static final String STARTING_DATE = "CamelKartraStartingDate";
    @Metadata(label = "producer", description = "Overrides the startingHour option for this message.", javaType = "String")
    public static final String STARTING_HOUR = "CamelKartraStartingHour";
    @Metadata(label = "common", description = "Overrides the transactionId option for this message. Set by the consumers: the IPN's order id, and the event's for events with transaction details (buy_product, refunds, cancel_subscription).", javaType = "String")
    public static final String TRANSACTION_ID = "CamelKartraTransactionId";
    @Metadata(label = "producer", description = "Overrides the refundAmount option for this message: a BigDecimal, a number or a decimal text.", javaType = "Object")
    public static final String REFUND_AMOUNT = "CamelKartraRefundAmount";
    @Metadata(label = "producer", description = "Overrides the subscriptionId option for this message.", javaType = "String")
    public static final String SUBSCRIPTION_ID = "CamelKartraSubscriptionId";
    @Metadata(label = "producer", description = "Overrides the transactionInternalSubscriptionId option for this message.", javaType = "String")
    public static final String TRANSACTION_INTERNAL_SUBSCRIPTION_ID = "CamelKartraTransactionInternalSubscriptionId";
    @Metadata(label = "producer", description = "Overrides the subscriptionStatusModification option for this message: Kartra's name of the value, or the SubscriptionStatusModification.", javaType = "String")
    public static final String SUBSCRIPTION_STATUS_MODIFICATION = "CamelKartraSubscriptionStatusModification";
    @Metadata(label = "producer", description = "Overrides the subscriptionProductId option for this message.", javaType = "String")
    public static final String SUBSCRIPTION_PRODUCT_ID = "CamelKartraSubscriptionProductId";
    @Metadata(label = "producer", description = "Overrides the subscriptionPricePoint option for this message.", javaType = "String")
    public static final String SUBSCRIPTION_PRICE_POINT = "CamelKartraSubscriptionPricePoint";
    @Metadata(label = "producer", description = "Overrides the subscriptionNextPaymentDate option for this message.", javaType = "String")
    public static final String SUBSCRIPTION_NEXT_PAYMENT_DATE = "CamelKartraSubscriptionNextPaymentDate";
    @Metadata(label = "producer", description = "Overrides the subscriptionAmount option for this message: a BigDecimal, a number or a decimal text.", javaType = "Object")
    public static final String SUBSCRIPTION_AMOUNT = "CamelKartraSubscriptionAmount";
    @Metadata(label = "producer", description = "Overrides the subscriptionRecurringPeriod1 option for this message.", javaType = "String")
    public static final String SUBSCRIPTION_RECURRING_PERIOD_1 = "CamelKartraSubscriptionRecurringPeriod1";
    @Metadata(label = "producer", description = "Overrides the subscriptionRecurringPeriod2 option for this message.", javaType = "String")
    public static final String SUBSCRIPTION_RECURRING_PERIOD_2 = "CamelKartraSubscriptionRecurringPeriod2";
    @Metadata(label = "producer", description = "Overrides the subscriptionProductQuantity option for this message.", javaType = "Integer")
    public static final String SUBSCRIPTION_PRODUCT_QUANTITY = "CamelKartraSubscriptionProductQuantity";
    @Metadata(label = "producer", description = "Overrides the subscriptionInstallmentsLeft option for this message.", javaType = "String")
    public static final String SUBSCRIPTION_INSTALLMENTS_LEFT = "CamelKartraSubscriptionInstallmentsLeft";
    @Metadata(label = "producer", description = "Overrides the subscriptionTaxPercent option for this message: a BigDecimal, a number or a decimal text.", javaType = "Object")
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
