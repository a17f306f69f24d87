package io.camelkartra;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.camelkartra.model.CustomFieldDefinition;
import io.camelkartra.model.CustomFieldType;
import io.camelkartra.model.KartraInventory;
import io.camelkartra.model.KartraPage;
import io.camelkartra.model.Lead;
import io.camelkartra.model.SubscriptionDetails;
import io.camelkartra.model.SubscriptionStatusModification;
import io.camelkartra.model.SubscriptionSummary;
import io.camelkartra.model.TransactionDetails;
import io.camelkartra.model.TransactionSummary;

import static io.camelkartra.KartraCommand.Parameter.CALENDAR_NAME;
import static io.camelkartra.KartraCommand.Parameter.CLASS_NAME;
import static io.camelkartra.KartraCommand.Parameter.CUSTOM_FIELD_IDENTIFIER;
import static io.camelkartra.KartraCommand.Parameter.CUSTOM_FIELD_OPTIONS;
import static io.camelkartra.KartraCommand.Parameter.CUSTOM_FIELD_TYPE;
import static io.camelkartra.KartraCommand.Parameter.EXPIRATION;
import static io.camelkartra.KartraCommand.Parameter.LIST_NAME;
import static io.camelkartra.KartraCommand.Parameter.LIST_NAMES;
import static io.camelkartra.KartraCommand.Parameter.POINTS;
import static io.camelkartra.KartraCommand.Parameter.REFUND_AMOUNT;
import static io.camelkartra.KartraCommand.Parameter.SEQUENCE_NAME;
import static io.camelkartra.KartraCommand.Parameter.STARTING_DATE;
import static io.camelkartra.KartraCommand.Parameter.STARTING_HOUR;
import static io.camelkartra.KartraCommand.Parameter.STEP;
import static io.camelkartra.KartraCommand.Parameter.SUBSCRIPTION_AMOUNT;
import static io.camelkartra.KartraCommand.Parameter.SUBSCRIPTION_ID;
import static io.camelkartra.KartraCommand.Parameter.SUBSCRIPTION_INSTALLMENTS_LEFT;
import static io.camelkartra.KartraCommand.Parameter.SUBSCRIPTION_NEXT_PAYMENT_DATE;
import static io.camelkartra.KartraCommand.Parameter.SUBSCRIPTION_PRICE_POINT;
import static io.camelkartra.KartraCommand.Parameter.SUBSCRIPTION_PRODUCT_ID;
import static io.camelkartra.KartraCommand.Parameter.SUBSCRIPTION_PRODUCT_QUANTITY;
import static io.camelkartra.KartraCommand.Parameter.SUBSCRIPTION_RECURRING_PERIOD_1;
import static io.camelkartra.KartraCommand.Parameter.SUBSCRIPTION_RECURRING_PERIOD_2;
import static io.camelkartra.KartraCommand.Parameter.SUBSCRIPTION_STATUS_MODIFICATION;
import static io.camelkartra.KartraCommand.Parameter.SUBSCRIPTION_TAX_PERCENT;
import static io.camelkartra.KartraCommand.Parameter.TAG_NAME;
import static io.camelkartra.KartraCommand.Parameter.TAG_NAMES;
import static io.camelkartra.KartraCommand.Parameter.TRANSACTION_ID;
import static io.camelkartra.KartraCommand.Parameter.TRANSACTION_INTERNAL_SUBSCRIPTION_ID;
import static io.camelkartra.KartraCommand.Target.ACCOUNT;
import static io.camelkartra.KartraCommand.Target.LEAD;
import static io.camelkartra.KartraCommand.Target.LEAD_FIELDS;
import static io.camelkartra.KartraCommand.Target.NEW_LEAD;
import static io.camelkartra.KartraCommand.Target.TOP_LEVEL;
import static io.camelkartra.KartraCommand.Use.optional;
import static io.camelkartra.KartraCommand.Use.required;
import static io.camelkartra.KartraMessageType.CALENDAR_EMPTY;
import static io.camelkartra.KartraMessageType.CLASS_EMPTY;
import static io.camelkartra.KartraMessageType.CUSTOM_FIELD_EMPTY;
import static io.camelkartra.KartraMessageType.CUSTOM_FIELD_NAME_INVALID;
import static io.camelkartra.KartraMessageType.CUSTOM_FIELD_TYPE_NOT_VALID;
import static io.camelkartra.KartraMessageType.INCORRECT_INSTALLMENTS;
import static io.camelkartra.KartraMessageType.INVALID_AMOUNT;
import static io.camelkartra.KartraMessageType.INVALID_DATE_FORMAT;
import static io.camelkartra.KartraMessageType.INVALID_NUMBER;
import static io.camelkartra.KartraMessageType.INVALID_RECURRING_PERIOD;
import static io.camelkartra.KartraMessageType.LIST_DOES_NOT_EXIST;
import static io.camelkartra.KartraMessageType.LIST_EMPTY;
import static io.camelkartra.KartraMessageType.NO_EDITABLE_PARAMETERS;
import static io.camelkartra.KartraMessageType.OPTION_EMPTY;
import static io.camelkartra.KartraMessageType.POINTS_EMPTY;
import static io.camelkartra.KartraMessageType.POINTS_NOT_A_NUMBER;
import static io.camelkartra.KartraMessageType.PRICE_OUT_OF_RANGE;
import static io.camelkartra.KartraMessageType.QUANTITY_OUT_OF_RANGE;
import static io.camelkartra.KartraMessageType.REMOVE_POINTS_EMPTY;
import static io.camelkartra.KartraMessageType.REMOVE_POINTS_NOT_A_NUMBER;
import static io.camelkartra.KartraMessageType.SEQUENCE_DOES_NOT_EXIST;
import static io.camelkartra.KartraMessageType.SEQUENCE_EMPTY;
import static io.camelkartra.KartraMessageType.STEP_EMPTY;
import static io.camelkartra.KartraMessageType.STEP_NOT_ALPHANUMERIC;
import static io.camelkartra.KartraMessageType.SUBSCRIPTION_DOES_NOT_EXIST;
import static io.camelkartra.KartraMessageType.TAG_DOES_NOT_EXIST;
import static io.camelkartra.KartraMessageType.TAG_EMPTY;
import static io.camelkartra.KartraMessageType.TAX_OUT_OF_RANGE;
import static io.camelkartra.KartraMessageType.TOO_FEW_OPTIONS;
import static io.camelkartra.KartraMessageType.TRANSACTION_DOES_NOT_EXIST;
import static io.camelkartra.KartraMessageType.UNASSIGN_TAG_DOES_NOT_EXIST;
import static io.camelkartra.KartraMessageType.UNASSIGN_TAG_EMPTY;
import static io.camelkartra.KartraMessageType.UNSUBSCRIBE_LIST_DOES_NOT_EXIST;
import static io.camelkartra.KartraMessageType.UNSUBSCRIBE_LIST_EMPTY;
import static io.camelkartra.KartraMessageType.UNSUBSCRIBE_SEQUENCE_DOES_NOT_EXIST;
import static io.camelkartra.KartraMessageType.WRONG_PRODUCT_OR_PRICE_POINT;
import static io.camelkartra.KartraMessageType.WRONG_STATUS;

/**
 * The command table: every Kartra command, declared once, with the operation that sends it, its wire name (the
 * {@code cmd}), what it acts on, whether replaying it is safe, where its reply's data is and what type it becomes, and
 * its parameters ({@link Parameter}: option name, wire name, kind of value, format) with, per command, whether each is
 * required (and the message type Kartra answers when it is empty), the type Kartra answers when it is malformed, and
 * the account inventory a name is checked against.
 * <p>
 * Everything else derives from it: reading the parameters from headers and options, the local checks (the same for
 * the dedicated endpoints and for {@code kartra:call} chains), the inventory check, the typed body of a reply, the
 * builder methods of {@code KartraRequest} and the operations table of the component page (both generated, see
 * {@code KartraCommandTableTest}). Adding a command is one entry here plus its option, its header and its tests.
 */
enum KartraCommand {

    GET_LEAD(KartraOperation.getLead, "get_lead", TOP_LEVEL, true, Result.object(Lead.class, "lead_details")),
    CREATE_LEAD(KartraOperation.createLead, "create_lead", NEW_LEAD, false, Result.RESPONSE),
    EDIT_LEAD(KartraOperation.editLead, "edit_lead", LEAD_FIELDS, true, Result.RESPONSE),
    SEARCH_LEAD(KartraOperation.searchLead, "search_lead", LEAD, true, Result.RESPONSE),
    ASSIGN_TAG(KartraOperation.assignTag, "assign_tag", LEAD, true, Result.RESPONSE,
               required(TAG_NAME, TAG_EMPTY).naming(Inventory.TAGS, TAG_DOES_NOT_EXIST)),
    UNASSIGN_TAG(KartraOperation.unassignTag, "unassign_tag", LEAD, true, Result.RESPONSE,
                 required(TAG_NAME, UNASSIGN_TAG_EMPTY).naming(Inventory.TAGS, UNASSIGN_TAG_DOES_NOT_EXIST)),
    RETRIEVE_ACCOUNT_TAGS(KartraOperation.retrieveAccountTags, "retrieve_account_tags", ACCOUNT, true, Result.names("account_tags")),
    SUBSCRIBE_LEAD_TO_LIST(KartraOperation.subscribeLeadToList, "subscribe_lead_to_list", LEAD, true, Result.RESPONSE,
                           required(LIST_NAME, LIST_EMPTY).naming(Inventory.LISTS, LIST_DOES_NOT_EXIST)),
    UNSUBSCRIBE_LEAD_FROM_LIST(KartraOperation.unsubscribeLeadFromList, "unsubscribe_lead_from_list", LEAD, true, Result.RESPONSE,
                               required(LIST_NAME, UNSUBSCRIBE_LIST_EMPTY).naming(Inventory.LISTS, UNSUBSCRIBE_LIST_DOES_NOT_EXIST)),
    RETRIEVE_ACCOUNT_LISTS(KartraOperation.retrieveAccountLists, "retrieve_account_lists", ACCOUNT, true, Result.names("account_lists")),
    SUBSCRIBE_LEAD_TO_SEQUENCE_AT_STEP(KartraOperation.subscribeLeadToSequenceAtStep, "subscribe_lead_to_sequence_at_step", LEAD, true,
                                       Result.RESPONSE,
                                       required(SEQUENCE_NAME, SEQUENCE_EMPTY).naming(Inventory.SEQUENCES, SEQUENCE_DOES_NOT_EXIST),
                                       required(STEP, STEP_EMPTY)),
    UNSUBSCRIBE_LEAD_FROM_SEQUENCE(KartraOperation.unsubscribeLeadFromSequence, "unsubscribe_lead_from_sequence", LEAD, true,
                                   Result.RESPONSE,
                                   required(SEQUENCE_NAME, SEQUENCE_EMPTY).naming(Inventory.SEQUENCES, UNSUBSCRIBE_SEQUENCE_DOES_NOT_EXIST)),
    RETRIEVE_ACCOUNT_SEQUENCES(KartraOperation.retrieveAccountSequences, "retrieve_account_sequences", ACCOUNT, true,
                               Result.names("account_sequences")),
    GIVE_POINTS_TO_LEAD(KartraOperation.givePointsToLead, "give_points_to_lead", LEAD, false, Result.RESPONSE,
                        required(POINTS, POINTS_EMPTY).malformed(POINTS_NOT_A_NUMBER),
                        optional(EXPIRATION).malformed(POINTS_NOT_A_NUMBER)),
    REMOVE_POINTS_FROM_LEAD(KartraOperation.removePointsFromLead, "remove_points_from_lead", LEAD, false, Result.RESPONSE,
                            required(POINTS, REMOVE_POINTS_EMPTY).malformed(REMOVE_POINTS_NOT_A_NUMBER)),
    CREATE_CUSTOM_FIELD(KartraOperation.createCustomField, "create_custom_field", ACCOUNT, false, Result.RESPONSE,
                        required(CUSTOM_FIELD_IDENTIFIER, CUSTOM_FIELD_EMPTY),
                        required(CUSTOM_FIELD_TYPE, CUSTOM_FIELD_TYPE_NOT_VALID).malformed(CUSTOM_FIELD_TYPE_NOT_VALID),
                        required(CUSTOM_FIELD_OPTIONS, TOO_FEW_OPTIONS).atLeast(2)
                                .onlyWhen(CUSTOM_FIELD_TYPE, type -> ((CustomFieldType) type).hasOptions())),
    RETRIEVE_CUSTOM_FIELDS(KartraOperation.retrieveCustomFields, "retrieve_custom_fields", ACCOUNT, true,
                           Result.list(CustomFieldDefinition.class, "custom_fields")),
    RETRIEVE_ACCOUNT_PAGES(KartraOperation.retrieveAccountPages, "retrieve_account_pages", ACCOUNT, true, Result.pages("account_pages")),
    CALENDAR_SUBSCRIBE(KartraOperation.calendarSubscribe, "calendar_subscribe", LEAD, false, Result.RESPONSE,
                       required(CALENDAR_NAME, CALENDAR_EMPTY), required(CLASS_NAME, CLASS_EMPTY),
                       optional(STARTING_DATE), optional(STARTING_HOUR)),
    CALENDAR_CANCEL(KartraOperation.calendarCancel, "calendar_cancel", LEAD, false, Result.RESPONSE,
                    required(CALENDAR_NAME, CALENDAR_EMPTY), required(CLASS_NAME, CLASS_EMPTY)),
    SEARCH_TRANSACTION(KartraOperation.searchTransaction, "search_transaction", ACCOUNT, true, Result.RESPONSE,
                       required(TRANSACTION_ID, TRANSACTION_DOES_NOT_EXIST)),
    GET_TRANSACTION_DETAILS(KartraOperation.getTransactionDetails, "get_transaction_details", ACCOUNT, true,
                            Result.object(TransactionDetails.class, "transaction_details"),
                            required(TRANSACTION_ID, TRANSACTION_DOES_NOT_EXIST)),
    RETRIEVE_TRANSACTIONS_FROM_LEAD(KartraOperation.retrieveTransactionsFromLead, "retrieve_transactions_from_lead", LEAD, true,
                                    Result.list(TransactionSummary.class, "transaction_list")),
    REFUND_TRANSACTION(KartraOperation.refundTransaction, "refund_transaction", ACCOUNT, false, Result.RESPONSE,
                       required(TRANSACTION_ID, TRANSACTION_DOES_NOT_EXIST), optional(REFUND_AMOUNT).malformed(INVALID_AMOUNT)),
    SEARCH_SUBSCRIPTION(KartraOperation.searchSubscription, "search_subscription", ACCOUNT, true, Result.RESPONSE,
                        required(SUBSCRIPTION_ID, SUBSCRIPTION_DOES_NOT_EXIST)),
    GET_SUBSCRIPTION_DETAILS(KartraOperation.getSubscriptionDetails, "get_subscription_details", ACCOUNT, true,
                             Result.object(SubscriptionDetails.class, "subscription_details"),
                             required(SUBSCRIPTION_ID, SUBSCRIPTION_DOES_NOT_EXIST)),
    RETRIEVE_SUBSCRIPTIONS_FROM_LEAD(KartraOperation.retrieveSubscriptionsFromLead, "retrieve_subscriptions_from_lead", LEAD, true,
                                     Result.list(SubscriptionSummary.class, "subscriptions_list", "subscription_list")),
    CANCEL_TRANSACTION(KartraOperation.cancelTransaction, "cancel_transaction", ACCOUNT, false, Result.RESPONSE,
                       optional(TRANSACTION_ID), optional(TRANSACTION_INTERNAL_SUBSCRIPTION_ID),
                       Rule.oneOf(TRANSACTION_DOES_NOT_EXIST, TRANSACTION_ID, TRANSACTION_INTERNAL_SUBSCRIPTION_ID)),
    MODIFY_SUBSCRIPTION_STATUS(KartraOperation.modifySubscriptionStatus, "modify_subscription_status", ACCOUNT, false, Result.RESPONSE,
                               required(SUBSCRIPTION_ID, SUBSCRIPTION_DOES_NOT_EXIST),
                               required(SUBSCRIPTION_STATUS_MODIFICATION, WRONG_STATUS).malformed(WRONG_STATUS)),
    EDIT_SUBSCRIPTION(KartraOperation.editSubscription, "edit_subscription", ACCOUNT, true, Result.RESPONSE,
                      required(SUBSCRIPTION_ID, SUBSCRIPTION_DOES_NOT_EXIST), optional(SUBSCRIPTION_PRODUCT_ID),
                      optional(SUBSCRIPTION_PRICE_POINT), optional(SUBSCRIPTION_NEXT_PAYMENT_DATE),
                      optional(SUBSCRIPTION_AMOUNT).malformed(INVALID_AMOUNT), optional(SUBSCRIPTION_RECURRING_PERIOD_1),
                      optional(SUBSCRIPTION_RECURRING_PERIOD_2), optional(SUBSCRIPTION_PRODUCT_QUANTITY).malformed(INVALID_NUMBER),
                      optional(SUBSCRIPTION_INSTALLMENTS_LEFT), optional(SUBSCRIPTION_TAX_PERCENT).malformed(TAX_OUT_OF_RANGE),
                      Rule.together(SUBSCRIPTION_PRODUCT_ID, SUBSCRIPTION_PRICE_POINT, WRONG_PRODUCT_OR_PRICE_POINT),
                      Rule.anyOptional(NO_EDITABLE_PARAMETERS));

    /**
     * The actions that follow a lead write (createLead, editLead, upsertLead) in the same call, in this order: an
     * assign_tag per name of tagNames, a subscribe_lead_to_list per name of listNames, the sequence at its step when
     * sequenceName is set, the points when points is set.
     */
    static final List<FollowUp> FOLLOW_UPS = List.of(
            FollowUp.each(TAG_NAMES, ASSIGN_TAG), FollowUp.each(LIST_NAMES, SUBSCRIBE_LEAD_TO_LIST),
            FollowUp.when(SEQUENCE_NAME, SUBSCRIBE_LEAD_TO_SEQUENCE_AT_STEP), FollowUp.when(POINTS, GIVE_POINTS_TO_LEAD));

    /**
     * The commands Kartra accepts only as the first action of a chain: they say which lead the chain acts on. Reported
     * after live testing: a {@code create_lead} further down makes Kartra read {@code lead[email]} as a lookup of an
     * existing lead and answer 234 (No lead found). The builder refuses them anywhere else.
     */
    static final Set<KartraCommand> FIRST_IN_CHAIN = EnumSet.of(CREATE_LEAD, EDIT_LEAD, SEARCH_LEAD);

    private static final Map<String, KartraCommand> BY_WIRE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(KartraCommand::wireName, Function.identity()));
    private static final Map<KartraOperation, KartraCommand> BY_OPERATION = new EnumMap<>(
            Arrays.stream(values()).collect(Collectors.toMap(KartraCommand::operation, Function.identity())));

    private final KartraOperation operation;
    private final String wireName;
    private final Target target;
    private final boolean replaySafe;
    private final Result result;
    private final List<Use> uses;
    private final List<Rule> rules;

    KartraCommand(KartraOperation operation, String wireName, Target target, boolean replaySafe, Result result, Part... parts) {
        this.operation = operation;
        this.wireName = wireName;
        this.target = target;
        this.replaySafe = replaySafe;
        this.result = result;
        this.uses = Arrays.stream(parts).filter(Use.class::isInstance).map(Use.class::cast).collect(Collectors.toUnmodifiableList());
        this.rules = Arrays.stream(parts).filter(Rule.class::isInstance).map(Rule.class::cast).collect(Collectors.toUnmodifiableList());
    }

    /** The command with this wire name ({@code assign_tag}), if Kartra has one. */
    static Optional<KartraCommand> of(String wireName) {
        return Optional.ofNullable(wireName == null ? null : BY_WIRE_NAME.get(wireName));
    }

    /** The command an operation sends, or null for the operations of ours (upsertLead, call, ...). */
    static KartraCommand of(KartraOperation operation) {
        return BY_OPERATION.get(operation);
    }

    KartraOperation operation() {
        return operation;
    }

    /** Kartra's {@code cmd}; for getLead the top-level key of the request. */
    String wireName() {
        return wireName;
    }

    Target target() {
        return target;
    }

    /** Whether sending the command twice leaves Kartra as sending it once. */
    boolean replaySafe() {
        return replaySafe;
    }

    Result result() {
        return result;
    }

    /** The command's parameters, in the order they are sent and checked. */
    List<Use> uses() {
        return uses;
    }

    /** The checks that involve several parameters. */
    List<Rule> rules() {
        return rules;
    }

    /** The parameter that names an account object (tag, list or sequence), if the command has one. */
    Optional<Use> namingUse() {
        return uses.stream().filter(use -> use.inventory() != null).findFirst();
    }

    /** What a command acts on. */
    enum Target {
        /** Kartra's top-level get_lead request: a lead's identity, no actions. */
        TOP_LEVEL,
        /** One lead, by id or email. */
        LEAD,
        /** One lead, by id or email, with the fields to write and the follow-up actions. */
        LEAD_FIELDS,
        /** A new lead: its email, the fields to write and the follow-up actions. */
        NEW_LEAD,
        /** The account: no lead. */
        ACCOUNT;

        boolean needsLead() {
            return this != ACCOUNT;
        }

        boolean writesFields() {
            return this == LEAD_FIELDS || this == NEW_LEAD;
        }
    }

    /** The kinds of parameter values. */
    enum Kind {
        /** Text; blank counts as absent unless the parameter has a format to break. */
        TEXT,
        /** Names: a comma-separated text or a collection, trimmed, blank names left out. */
        NAMES,
        /** Names as {@link #NAMES}, but a blank name is kept, for a format to refuse. */
        NAMES_WITH_BLANKS,
        /** A whole number: an Integer, or text that is one. */
        INTEGER,
        /** A decimal: a BigDecimal, a number, or text that is one; sent without exponent. */
        DECIMAL,
        /** One of the constants of the parameter's enum, sent as Kartra's name (the constant's text). */
        CHOICE
    }

    /**
     * The account inventory a name is checked against, with the id parameter Kartra ignores in its place: clients that
     * tested against live Kartra report {@code tag_id} and {@code list_id} silently ignored, only the name taking
     * effect (kartra-realworld.md, "Names, not ids"), so an action that carries one is refused before sending.
     */
    enum Inventory {
        TAGS("tag", "tag_id", KartraInventory::hasTag, KartraInventory::getTags),
        LISTS("list", "list_id", KartraInventory::hasList, KartraInventory::getLists),
        SEQUENCES("sequence", null, KartraInventory::hasSequence, KartraInventory::getSequences);

        private final String kind;
        private final String ignoredId;
        private final BiFunction<KartraInventory, String, Boolean> has;
        private final Function<KartraInventory, Set<String>> names;

        Inventory(String kind, String ignoredId, BiFunction<KartraInventory, String, Boolean> has,
                  Function<KartraInventory, Set<String>> names) {
            this.kind = kind;
            this.ignoredId = ignoredId;
            this.has = has;
            this.names = names;
        }

        /** What the inventory holds: tag, list, sequence. */
        String kind() {
            return kind;
        }

        /** The wire name of the id Kartra is reported to ignore in place of the name ({@code tag_id}), or null. */
        String ignoredId() {
            return ignoredId;
        }

        boolean has(KartraInventory inventory, String name) {
            return has.apply(inventory, name);
        }

        Set<String> names(KartraInventory inventory) {
            return names.apply(inventory);
        }
    }

    /**
     * A command parameter, declared once: its option name (also the suffix of its header, {@code CamelKartra} plus
     * the option name with a capital), its wire name in PHP's notation ({@code tag_name},
     * {@code subscription_recurrence[recurring_period_1]}, {@code custom_field_options[][option_name]} for a list of
     * objects; null for the follow-up lists, which are sent as actions of their own), its kind, the endpoint option
     * that holds its default, and the formats its value must have.
     */
    enum Parameter {
        TAG_NAME("tagName", "tag_name", Kind.TEXT, KartraConfiguration::getTagName),
        TAG_NAMES("tagNames", null, Kind.NAMES, KartraConfiguration::getTagNames),
        LIST_NAME("listName", "list_name", Kind.TEXT, KartraConfiguration::getListName),
        LIST_NAMES("listNames", null, Kind.NAMES, KartraConfiguration::getListNames),
        SEQUENCE_NAME("sequenceName", "sequence_name", Kind.TEXT, KartraConfiguration::getSequenceName),
        STEP("step", "step", Kind.TEXT, KartraConfiguration::getStep,
             KartraFormat.matching("[A-Za-z0-9]+", STEP_NOT_ALPHANUMERIC, "must be letters and digits only")),
        POINTS("points", "points", Kind.INTEGER, KartraConfiguration::getPoints),
        EXPIRATION("expiration", "expiration", Kind.INTEGER, KartraConfiguration::getExpiration),
        CUSTOM_FIELD_IDENTIFIER("customFieldIdentifier", "custom_field_identifier", Kind.TEXT, KartraConfiguration::getCustomFieldIdentifier,
                                KartraFormat.matching("[A-Za-z0-9_-]+", CUSTOM_FIELD_NAME_INVALID,
                                        "may hold letters, digits, dashes and underscores only")),
        CUSTOM_FIELD_TYPE("customFieldType", "custom_field_type", CustomFieldType.class, KartraConfiguration::getCustomFieldType),
        CUSTOM_FIELD_OPTIONS("customFieldOptions", "custom_field_options[][option_name]", Kind.NAMES_WITH_BLANKS,
                             KartraConfiguration::getCustomFieldOptions,
                             KartraFormat.noEmptyName(OPTION_EMPTY, "has an empty option name")),
        CALENDAR_NAME("calendarName", "calendar_name", Kind.TEXT, KartraConfiguration::getCalendarName),
        CLASS_NAME("className", "class_name", Kind.TEXT, KartraConfiguration::getClassName),
        STARTING_DATE("startingDate", "starting_date", Kind.TEXT, KartraConfiguration::getStartingDate,
                      KartraFormat.time("d MMM uuuu", LocalDate::from, INVALID_DATE_FORMAT, "must be dd MMM yyyy, e.g. 16 Jan 2019")),
        STARTING_HOUR("startingHour", "starting_hour", Kind.TEXT, KartraConfiguration::getStartingHour,
                      KartraFormat.time("H:mm", LocalTime::from, INVALID_DATE_FORMAT, "must be HH:mm, e.g. 15:00")),
        TRANSACTION_ID("transactionId", "transaction_id", Kind.TEXT, KartraConfiguration::getTransactionId),
        REFUND_AMOUNT("refundAmount", "refund_amount", Kind.DECIMAL, KartraConfiguration::getRefundAmount,
                      KartraFormat.positive(INVALID_AMOUNT, "must be positive (omit it to refund in full)")),
        SUBSCRIPTION_ID("subscriptionId", "subscription_id", Kind.TEXT, KartraConfiguration::getSubscriptionId),
        TRANSACTION_INTERNAL_SUBSCRIPTION_ID("transactionInternalSubscriptionId", "transaction_internal_subscription_id", Kind.TEXT,
                                             KartraConfiguration::getTransactionInternalSubscriptionId),
        SUBSCRIPTION_STATUS_MODIFICATION("subscriptionStatusModification", "subscription_status_modification",
                                         SubscriptionStatusModification.class, KartraConfiguration::getSubscriptionStatusModification),
        SUBSCRIPTION_PRODUCT_ID("subscriptionProductId", "subscription_product_id", Kind.TEXT, KartraConfiguration::getSubscriptionProductId),
        SUBSCRIPTION_PRICE_POINT("subscriptionPricePoint", "subscription_price_point", Kind.TEXT,
                                 KartraConfiguration::getSubscriptionPricePoint),
        SUBSCRIPTION_NEXT_PAYMENT_DATE("subscriptionNextPaymentDate", "subscription_next_payment_date", Kind.TEXT,
                                       KartraConfiguration::getSubscriptionNextPaymentDate,
                                       KartraFormat.time("uuuu-MM-dd HH:mm[:ss]", LocalDateTime::from, INVALID_DATE_FORMAT,
                                               "must be yyyy-MM-dd HH:mm")),
        SUBSCRIPTION_AMOUNT("subscriptionAmount", "subscription_amount", Kind.DECIMAL, KartraConfiguration::getSubscriptionAmount,
                            KartraFormat.between("1.00", "9999.99", PRICE_OUT_OF_RANGE, "is outside 1.00 to 9,999.99")),
        SUBSCRIPTION_RECURRING_PERIOD_1("subscriptionRecurringPeriod1", "subscription_recurrence[recurring_period_1]", Kind.TEXT,
                                        KartraConfiguration::getSubscriptionRecurringPeriod1,
                                        KartraFormat.oneOf(List.of("monthly", "every 2 months", "quarterly", "yearly", "every 2 years",
                                                "weekly", "every 2 weeks"), INVALID_RECURRING_PERIOD)),
        SUBSCRIPTION_RECURRING_PERIOD_2("subscriptionRecurringPeriod2", "subscription_recurrence[recurring_period_2]", Kind.TEXT,
                                        KartraConfiguration::getSubscriptionRecurringPeriod2,
                                        KartraFormat.oneOf(List.of("yearly", "every 2 years"), INVALID_RECURRING_PERIOD)),
        SUBSCRIPTION_PRODUCT_QUANTITY("subscriptionProductQuantity", "subscription_product_quantity", Kind.INTEGER,
                                      KartraConfiguration::getSubscriptionProductQuantity,
                                      KartraFormat.between("1", "9999", QUANTITY_OUT_OF_RANGE, "is outside 1 to 9,999")),
        SUBSCRIPTION_INSTALLMENTS_LEFT("subscriptionInstallmentsLeft", "subscription_installments_left", Kind.TEXT,
                                       KartraConfiguration::getSubscriptionInstallmentsLeft,
                                       KartraFormat.matching("\\s*(\\d+|(?i:until cancelled))\\s*", INCORRECT_INSTALLMENTS,
                                               "must be a number or 'until cancelled'")),
        SUBSCRIPTION_TAX_PERCENT("subscriptionTaxPercent", "subscription_tax_percent", Kind.DECIMAL,
                                 KartraConfiguration::getSubscriptionTaxPercent,
                                 KartraFormat.between("0", "100", TAX_OUT_OF_RANGE, "is outside 0 to 100"));

        private final String option;
        private final String header;
        private final String wireName;
        private final List<String> wirePath;
        private final Kind kind;
        private final Class<?> choices;
        private final Function<KartraConfiguration, Object> defaultValue;
        private final List<KartraFormat> formats;

        Parameter(String option, String wireName, Kind kind, Function<KartraConfiguration, Object> defaultValue,
                  KartraFormat... formats) {
            this(option, wireName, kind, null, defaultValue, formats);
        }

        Parameter(String option, String wireName, Class<? extends Enum<?>> choices, Function<KartraConfiguration, Object> defaultValue) {
            this(option, wireName, Kind.CHOICE, choices, defaultValue);
        }

        Parameter(String option, String wireName, Kind kind, Class<?> choices, Function<KartraConfiguration, Object> defaultValue,
                  KartraFormat... formats) {
            this.option = option;
            this.header = "CamelKartra" + Character.toUpperCase(option.charAt(0)) + option.substring(1);
            this.wireName = wireName;
            this.wirePath = wireName == null ? List.of() : List.of(wireName.replace("]", "").split("\\[", -1));
            this.kind = kind;
            this.choices = choices;
            this.defaultValue = defaultValue;
            this.formats = List.of(formats);
        }

        /** The endpoint option, also the name the builder and the messages use ({@code tagName}). */
        String option() {
            return option;
        }

        /** The header that overrides the option for one message ({@code CamelKartraTagName}). */
        String header() {
            return header;
        }

        /** The wire name in PHP's notation, or null for a follow-up list. */
        String wireName() {
            return wireName;
        }

        /** The keys of the wire name; an empty key stands for the index of a list. */
        List<String> wirePath() {
            return wirePath;
        }

        Kind kind() {
            return kind;
        }

        /** The enum of a {@link Kind#CHOICE} parameter, else null. */
        Class<?> choices() {
            return choices;
        }

        List<KartraFormat> formats() {
            return formats;
        }

        /** The endpoint option's value: the default when no header is set. */
        Object defaultValue(KartraConfiguration configuration) {
            return defaultValue.apply(configuration);
        }

        /**
         * The value as the parameter's kind reads it: text, a list of names, an Integer, a BigDecimal, an enum constant
         * (by itself or by its Kartra name, case ignored); null when the kind cannot read it.
         */
        Object read(Object value) {
            return switch (kind) {
                case TEXT -> value.toString();
                case NAMES, NAMES_WITH_BLANKS -> value instanceof Collection<?> names
                        ? names.stream().map(n -> n == null ? "" : n.toString()).collect(Collectors.toList())
                        : List.of(value.toString());
                case INTEGER -> integer(value);
                case DECIMAL -> decimal(value);
                case CHOICE -> Arrays.stream(choices.getEnumConstants())
                        .filter(c -> c == value || c.toString().equalsIgnoreCase(value.toString().trim())).findFirst().orElse(null);
            };
        }

        private static Integer integer(Object value) {
            if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
                return ((Number) value).intValue();
            }
            try {
                return Integer.valueOf(value.toString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static BigDecimal decimal(Object value) {
            if (value instanceof BigDecimal decimal) {
                return decimal;
            }
            try {
                return new BigDecimal(value.toString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** Puts the value where the wire name says: a key, a key of a nested object, or a list of one-key objects. */
        @SuppressWarnings("unchecked")
        void put(Map<String, Object> parameters, Object value) {
            String key = wirePath.get(0);
            if (wirePath.size() == 1) {
                parameters.put(key, value);
            } else if (wirePath.get(1).isEmpty()) {
                List<Map<String, Object>> objects = new ArrayList<>();
                for (Object element : (List<?>) value) {
                    Map<String, Object> object = new LinkedHashMap<>(2);
                    object.put(wirePath.get(2), element);
                    objects.add(object);
                }
                parameters.put(key, objects);
            } else {
                ((Map<String, Object>) parameters.computeIfAbsent(key, k -> new LinkedHashMap<>(2))).put(wirePath.get(1), value);
            }
        }

        /** The value at the wire name, or null; a list of one-key objects comes back as the list of their values. */
        Object get(Map<String, Object> parameters) {
            Object value = parameters.get(wirePath.get(0));
            if (wirePath.size() == 1 || value == null) {
                return value;
            }
            if (wirePath.get(1).isEmpty()) {
                if (!(value instanceof List<?> objects)) {
                    return value;
                }
                List<Object> values = new ArrayList<>(objects.size());
                for (Object object : objects) {
                    values.add(object instanceof Map<?, ?> map ? map.get(wirePath.get(2)) : object);
                }
                return values;
            }
            return value instanceof Map<?, ?> map ? map.get(wirePath.get(1)) : null;
        }
    }

    /** Something a command declares about its parameters: a {@link Use} or a {@link Rule}. */
    sealed interface Part permits Use, Rule {
    }

    /**
     * A parameter as one command uses it: the type Kartra answers when it is empty (null: optional), when it is
     * malformed, and when the account has no such name; how many names it needs; and the condition under which it
     * belongs to the command at all (the options of a custom field only with a type that has options).
     */
    record Use(Parameter parameter, KartraMessageType whenEmpty, KartraMessageType whenMalformed, Inventory inventory,
               KartraMessageType whenUnknown, int minimum, Parameter onlyWhen, Predicate<Object> onlyWhenValue) implements Part {

        static Use required(Parameter parameter, KartraMessageType whenEmpty) {
            return new Use(parameter, whenEmpty, null, null, null, 0, null, null);
        }

        static Use optional(Parameter parameter) {
            return new Use(parameter, null, null, null, null, 0, null, null);
        }

        Use malformed(KartraMessageType type) {
            return new Use(parameter, whenEmpty, type, inventory, whenUnknown, minimum, onlyWhen, onlyWhenValue);
        }

        Use naming(Inventory kind, KartraMessageType whenMissing) {
            return new Use(parameter, whenEmpty, whenMalformed, kind, whenMissing, minimum, onlyWhen, onlyWhenValue);
        }

        Use atLeast(int names) {
            return new Use(parameter, whenEmpty, whenMalformed, inventory, whenUnknown, names, onlyWhen, onlyWhenValue);
        }

        Use onlyWhen(Parameter other, Predicate<Object> value) {
            return new Use(parameter, whenEmpty, whenMalformed, inventory, whenUnknown, minimum, other, value);
        }

        boolean required() {
            return whenEmpty != null;
        }
    }

    /**
     * A check over several parameters of a command: given the command and its parameters' values, the problem (it
     * completes the exception's message), or null when there is none; {@code doc} says it for the component page, and
     * {@code needsOptional} whether it asks for a parameter that is optional on its own.
     */
    record Rule(KartraMessageType type, BiFunction<KartraCommand, Function<Parameter, Object>, String> problem, String doc,
                boolean needsOptional) implements Part {

        /** At least one of the parameters is set. */
        static Rule oneOf(KartraMessageType type, Parameter... parameters) {
            String names = Arrays.stream(parameters).map(Parameter::option).collect(Collectors.joining(" or "));
            return new Rule(type, (command, values) -> Arrays.stream(parameters).anyMatch(p -> values.apply(p) != null) ? null
                    : names + " is required", names + " is required", true);
        }

        /** {@code parameter} is sent only together with {@code with}. */
        static Rule together(Parameter parameter, Parameter with, KartraMessageType type) {
            String rule = parameter.option() + " must be sent together with " + with.option();
            return new Rule(type, (command, values) -> values.apply(parameter) == null || values.apply(with) != null ? null : rule, rule,
                    false);
        }

        /** At least one of the command's optional parameters is set. */
        static Rule anyOptional(KartraMessageType type) {
            return new Rule(type, (command, values) -> {
                List<Parameter> optional = command.uses().stream().filter(use -> !use.required()).map(Use::parameter)
                        .collect(Collectors.toList());
                return optional.stream().anyMatch(p -> values.apply(p) != null) ? null
                        : command.operation() + " needs at least one of "
                          + optional.stream().map(Parameter::option).collect(Collectors.joining(", "));
            }, "at least one of the others is required", true);
        }
    }

    /** Where a read operation's data is in the reply, and the type of body it becomes. */
    record Result(Body body, Class<?> type, List<String> keys) {

        /** The reply itself, a {@code KartraResponse}, is the body. */
        static final Result RESPONSE = new Result(Body.RESPONSE, null, List.of());

        static Result object(Class<?> type, String key) {
            return new Result(Body.OBJECT, type, List.of(key));
        }

        static Result list(Class<?> type, String... keys) {
            return new Result(Body.LIST, type, List.of(keys));
        }

        static Result names(String key) {
            return new Result(Body.NAMES, String.class, List.of(key));
        }

        static Result pages(String key) {
            return new Result(Body.PAGES, KartraPage.class, List.of(key));
        }

        /** The shapes of body. */
        enum Body {
            RESPONSE,
            OBJECT,
            LIST,
            NAMES,
            PAGES
        }
    }

    /**
     * Follow-up actions of a lead write: an action of {@code command} per name of a {@link Kind#NAMES} parameter, or
     * one action of {@code command} when the parameter is set.
     */
    record FollowUp(Parameter parameter, KartraCommand command, boolean eachName) {

        static FollowUp each(Parameter names, KartraCommand command) {
            return new FollowUp(names, command, true);
        }

        static FollowUp when(Parameter parameter, KartraCommand command) {
            return new FollowUp(parameter, command, false);
        }
    }
}
