package io.camelkartra;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.camelkartra.model.KartraAction;

/**
 * Builds the Kartra action of an operation from its parameters (headers over endpoint options), checking each the
 * way Kartra does, so that a request Kartra would refuse is refused here with the same type and nothing is sent.
 */
final class KartraActionFactory {

    private static final Pattern ALPHANUMERIC = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern FIELD_IDENTIFIER = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Set<String> FIELD_TYPES = Set.of("input_field", "text_area", "drop_down", "radio_button", "checkbox");
    private static final Set<String> FIELD_TYPES_WITH_OPTIONS = Set.of("drop_down", "radio_button", "checkbox");
    private static final Set<String> STATUS_MODIFICATIONS = Set.of("cancel", "pause", "unpause");
    private static final Set<String> RECURRING_PERIODS = Set.of("monthly", "every 2 months", "quarterly", "yearly", "every 2 years",
            "weekly", "every 2 weeks");
    private static final Set<String> SECOND_RECURRING_PERIODS = Set.of("yearly", "every 2 years");
    private static final DateTimeFormatter CALENDAR_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter CALENDAR_HOUR = DateTimeFormatter.ofPattern("H:mm", Locale.ENGLISH);
    private static final DateTimeFormatter PAYMENT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]", Locale.ENGLISH);
    private static final BigDecimal MIN_PRICE = new BigDecimal("1.00");
    private static final BigDecimal MAX_PRICE = new BigDecimal("9999.99");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private KartraActionFactory() {
    }

    /** The action of a single-command operation. */
    static KartraAction action(KartraOperation operation, KartraConfiguration config, KartraParameters p) {
        KartraAction action = KartraAction.of(operation.getCommand());
        return switch (operation) {
            case assignTag -> action.with("tag_name",
                    p.required(KartraConstants.TAG_NAME, config.getTagName(), KartraMessageType.TAG_EMPTY, "tagName"));
            case unassignTag -> action.with("tag_name",
                    p.required(KartraConstants.TAG_NAME, config.getTagName(), KartraMessageType.UNASSIGN_TAG_EMPTY, "tagName"));
            case subscribeLeadToList -> action.with("list_name",
                    p.required(KartraConstants.LIST_NAME, config.getListName(), KartraMessageType.LIST_EMPTY, "listName"));
            case unsubscribeLeadFromList -> action.with("list_name",
                    p.required(KartraConstants.LIST_NAME, config.getListName(), KartraMessageType.UNSUBSCRIBE_LIST_EMPTY, "listName"));
            case subscribeLeadToSequenceAtStep -> sequenceAtStep(action, config, p, false);
            case unsubscribeLeadFromSequence -> action.with("sequence_name",
                    p.required(KartraConstants.SEQUENCE_NAME, config.getSequenceName(), KartraMessageType.SEQUENCE_EMPTY, "sequenceName"));
            case givePointsToLead -> givePoints(action, config, p, true);
            case removePointsFromLead -> action.with("points", requiredPoints(config, p, KartraMessageType.REMOVE_POINTS_EMPTY,
                    KartraMessageType.REMOVE_POINTS_NOT_A_NUMBER));
            case createCustomField -> createCustomField(action, config, p);
            case calendarSubscribe -> calendarSubscribe(action, config, p);
            case calendarCancel -> calendar(action, config, p);
            case searchTransaction, getTransactionDetails -> action.with("transaction_id", transactionId(config, p));
            case refundTransaction -> refund(action, config, p);
            case searchSubscription, getSubscriptionDetails -> action.with("subscription_id", subscriptionId(config, p));
            case cancelTransaction -> cancel(action, config, p);
            case modifySubscriptionStatus -> modifyStatus(action, config, p);
            case editSubscription -> editSubscription(action, config, p);
            default -> action;
        };
    }

    /**
     * The actions that follow a lead operation in the same call: tags, lists, a sequence at a step, points, in that
     * order.
     */
    static List<KartraAction> followUps(KartraConfiguration config, KartraParameters p) {
        List<KartraAction> actions = new ArrayList<>();
        for (String tag : p.names(KartraConstants.TAG_NAMES, config.getTagNames(), false)) {
            actions.add(KartraAction.of("assign_tag").with("tag_name", tag));
        }
        for (String list : p.names(KartraConstants.LIST_NAMES, config.getListNames(), false)) {
            actions.add(KartraAction.of("subscribe_lead_to_list").with("list_name", list));
        }
        String sequence = p.text(KartraConstants.SEQUENCE_NAME, config.getSequenceName());
        if (sequence != null && !sequence.isBlank()) {
            actions.add(sequenceAtStep(KartraAction.of("subscribe_lead_to_sequence_at_step"), config, p, true));
        }
        if (p.integer(KartraConstants.POINTS, config.getPoints(), KartraMessageType.POINTS_NOT_A_NUMBER, "points") != null) {
            actions.add(givePoints(KartraAction.of("give_points_to_lead"), config, p, false));
        }
        return actions;
    }

    private static KartraAction sequenceAtStep(KartraAction action, KartraConfiguration config, KartraParameters p, boolean followUp) {
        String sequence = p.required(KartraConstants.SEQUENCE_NAME, config.getSequenceName(), KartraMessageType.SEQUENCE_EMPTY,
                "sequenceName");
        String step = p.text(KartraConstants.STEP, config.getStep());
        if (step == null || step.isBlank()) {
            throw p.missing(KartraMessageType.STEP_EMPTY, followUp ? "step (with sequenceName)" : "step", KartraConstants.STEP);
        }
        if (!ALPHANUMERIC.matcher(step).matches()) {
            throw p.invalid(KartraMessageType.STEP_NOT_ALPHANUMERIC, "step '" + step + "' must be letters and digits only");
        }
        return action.with("sequence_name", sequence).with("step", step);
    }

    private static KartraAction givePoints(KartraAction action, KartraConfiguration config, KartraParameters p, boolean required) {
        Integer points = required
                ? requiredPoints(config, p, KartraMessageType.POINTS_EMPTY, KartraMessageType.POINTS_NOT_A_NUMBER)
                : p.integer(KartraConstants.POINTS, config.getPoints(), KartraMessageType.POINTS_NOT_A_NUMBER, "points");
        Integer expiration = p.integer(KartraConstants.EXPIRATION, config.getExpiration(), KartraMessageType.POINTS_NOT_A_NUMBER,
                "expiration");
        return action.with("points", points).with("expiration", expiration);
    }

    private static Integer requiredPoints(KartraConfiguration config, KartraParameters p, KartraMessageType empty,
            KartraMessageType notANumber) {
        Integer points = p.integer(KartraConstants.POINTS, config.getPoints(), notANumber, "points");
        if (points == null) {
            throw p.missing(empty, "points", KartraConstants.POINTS);
        }
        return points;
    }

    private static KartraAction createCustomField(KartraAction action, KartraConfiguration config, KartraParameters p) {
        String identifier = p.required(KartraConstants.CUSTOM_FIELD_IDENTIFIER, config.getCustomFieldIdentifier(),
                KartraMessageType.CUSTOM_FIELD_EMPTY, "customFieldIdentifier");
        if (!FIELD_IDENTIFIER.matcher(identifier).matches()) {
            throw p.invalid(KartraMessageType.CUSTOM_FIELD_NAME_INVALID,
                    "customFieldIdentifier '" + identifier + "' may hold letters, digits, dashes and underscores only");
        }
        String type = p.text(KartraConstants.CUSTOM_FIELD_TYPE, config.getCustomFieldType() == null ? null : config.getCustomFieldType().toString());
        if (type == null || !FIELD_TYPES.contains(type)) {
            throw p.invalid(KartraMessageType.CUSTOM_FIELD_TYPE_NOT_VALID,
                    "customFieldType must be one of " + FIELD_TYPES + " (got '" + type + "')");
        }
        action = action.with("custom_field_identifier", identifier).with("custom_field_type", type);
        if (!FIELD_TYPES_WITH_OPTIONS.contains(type)) {
            return action;
        }
        List<String> options = p.names(KartraConstants.CUSTOM_FIELD_OPTIONS, config.getCustomFieldOptions(), true);
        if (options.stream().anyMatch(String::isEmpty)) {
            throw p.invalid(KartraMessageType.OPTION_EMPTY, "customFieldOptions has an empty option name");
        }
        if (options.size() < 2) {
            throw p.invalid(KartraMessageType.TOO_FEW_OPTIONS, "a " + type + " field needs two or more customFieldOptions");
        }
        List<Map<String, String>> optionList = new ArrayList<>(options.size());
        for (String option : options) {
            Map<String, String> entry = new LinkedHashMap<>(2);
            entry.put("option_name", option);
            optionList.add(entry);
        }
        return action.with("custom_field_options", optionList);
    }

    private static KartraAction calendar(KartraAction action, KartraConfiguration config, KartraParameters p) {
        return action.with("calendar_name",
                p.required(KartraConstants.CALENDAR_NAME, config.getCalendarName(), KartraMessageType.CALENDAR_EMPTY, "calendarName"))
                .with("class_name",
                        p.required(KartraConstants.CLASS_NAME, config.getClassName(), KartraMessageType.CLASS_EMPTY, "className"));
    }

    private static KartraAction calendarSubscribe(KartraAction action, KartraConfiguration config, KartraParameters p) {
        String date = p.text(KartraConstants.STARTING_DATE, config.getStartingDate());
        String hour = p.text(KartraConstants.STARTING_HOUR, config.getStartingHour());
        if (date != null) {
            try {
                LocalDate.parse(date.trim(), CALENDAR_DATE);
            } catch (DateTimeParseException e) {
                throw p.invalid(KartraMessageType.INVALID_DATE_FORMAT, "startingDate '" + date + "' must be dd MMM yyyy, e.g. 16 Jan 2019");
            }
        }
        if (hour != null) {
            try {
                LocalTime.parse(hour.trim(), CALENDAR_HOUR);
            } catch (DateTimeParseException e) {
                throw p.invalid(KartraMessageType.INVALID_DATE_FORMAT, "startingHour '" + hour + "' must be HH:mm, e.g. 15:00");
            }
        }
        return calendar(action, config, p).with("starting_date", date).with("starting_hour", hour);
    }

    private static String transactionId(KartraConfiguration config, KartraParameters p) {
        return p.required(KartraConstants.TRANSACTION_ID, config.getTransactionId(), KartraMessageType.TRANSACTION_DOES_NOT_EXIST,
                "transactionId");
    }

    private static String subscriptionId(KartraConfiguration config, KartraParameters p) {
        return p.required(KartraConstants.SUBSCRIPTION_ID, config.getSubscriptionId(), KartraMessageType.SUBSCRIPTION_DOES_NOT_EXIST,
                "subscriptionId");
    }

    private static KartraAction refund(KartraAction action, KartraConfiguration config, KartraParameters p) {
        BigDecimal amount = p.decimal(KartraConstants.REFUND_AMOUNT, config.getRefundAmount(), KartraMessageType.INVALID_AMOUNT,
                "refundAmount");
        if (amount != null && amount.signum() <= 0) {
            throw p.invalid(KartraMessageType.INVALID_AMOUNT, "refundAmount must be positive (omit it to refund in full)");
        }
        return action.with("transaction_id", transactionId(config, p))
                .with("refund_amount", amount == null ? null : amount.toPlainString());
    }

    private static KartraAction cancel(KartraAction action, KartraConfiguration config, KartraParameters p) {
        String transactionId = p.text(KartraConstants.TRANSACTION_ID, config.getTransactionId());
        String internalId = p.text(KartraConstants.TRANSACTION_INTERNAL_SUBSCRIPTION_ID, config.getTransactionInternalSubscriptionId());
        if (isBlank(transactionId) && isBlank(internalId)) {
            throw p.invalid(KartraMessageType.TRANSACTION_DOES_NOT_EXIST,
                    "transactionId or transactionInternalSubscriptionId is required (options, or headers "
                                                                          + KartraConstants.TRANSACTION_ID + " / "
                                                                          + KartraConstants.TRANSACTION_INTERNAL_SUBSCRIPTION_ID + ")");
        }
        return action.with("transaction_id", isBlank(transactionId) ? null : transactionId)
                .with("transaction_internal_subscription_id", isBlank(internalId) ? null : internalId);
    }

    private static KartraAction modifyStatus(KartraAction action, KartraConfiguration config, KartraParameters p) {
        String modification = p.text(KartraConstants.SUBSCRIPTION_STATUS_MODIFICATION,
                config.getSubscriptionStatusModification() == null ? null : config.getSubscriptionStatusModification().toString());
        if (modification == null || !STATUS_MODIFICATIONS.contains(modification)) {
            throw p.invalid(KartraMessageType.WRONG_STATUS,
                    "subscriptionStatusModification must be cancel, pause or unpause (got '" + modification + "')");
        }
        return action.with("subscription_id", subscriptionId(config, p)).with("subscription_status_modification", modification);
    }

    private static KartraAction editSubscription(KartraAction action, KartraConfiguration config, KartraParameters p) {
        action = action.with("subscription_id", subscriptionId(config, p));
        String productId = p.text(KartraConstants.SUBSCRIPTION_PRODUCT_ID, config.getSubscriptionProductId());
        String pricePoint = p.text(KartraConstants.SUBSCRIPTION_PRICE_POINT, config.getSubscriptionPricePoint());
        if (!isBlank(productId) && isBlank(pricePoint)) {
            throw p.invalid(KartraMessageType.WRONG_PRODUCT_OR_PRICE_POINT,
                    "subscriptionProductId must be sent together with subscriptionPricePoint");
        }
        String nextPayment = p.text(KartraConstants.SUBSCRIPTION_NEXT_PAYMENT_DATE, config.getSubscriptionNextPaymentDate());
        if (nextPayment != null) {
            try {
                LocalDateTime.parse(nextPayment.trim(), PAYMENT_DATE);
            } catch (DateTimeParseException e) {
                throw p.invalid(KartraMessageType.INVALID_DATE_FORMAT,
                        "subscriptionNextPaymentDate '" + nextPayment + "' must be yyyy-MM-dd HH:mm");
            }
        }
        BigDecimal amount = p.decimal(KartraConstants.SUBSCRIPTION_AMOUNT, config.getSubscriptionAmount(),
                KartraMessageType.INVALID_AMOUNT, "subscriptionAmount");
        if (amount != null && (amount.compareTo(MIN_PRICE) < 0 || amount.compareTo(MAX_PRICE) > 0)) {
            throw p.invalid(KartraMessageType.PRICE_OUT_OF_RANGE, "subscriptionAmount " + amount.toPlainString()
                                                                 + " is outside 1.00 to 9,999.99");
        }
        String period1 = p.text(KartraConstants.SUBSCRIPTION_RECURRING_PERIOD_1, config.getSubscriptionRecurringPeriod1());
        String period2 = p.text(KartraConstants.SUBSCRIPTION_RECURRING_PERIOD_2, config.getSubscriptionRecurringPeriod2());
        if (period1 != null && !RECURRING_PERIODS.contains(period1)) {
            throw p.invalid(KartraMessageType.INVALID_RECURRING_PERIOD,
                    "subscriptionRecurringPeriod1 must be one of " + RECURRING_PERIODS + " (got '" + period1 + "')");
        }
        if (period2 != null && !SECOND_RECURRING_PERIODS.contains(period2)) {
            throw p.invalid(KartraMessageType.INVALID_RECURRING_PERIOD,
                    "subscriptionRecurringPeriod2 must be yearly or every 2 years (got '" + period2 + "')");
        }
        Integer quantity = p.integer(KartraConstants.SUBSCRIPTION_PRODUCT_QUANTITY, config.getSubscriptionProductQuantity(),
                KartraMessageType.INVALID_NUMBER, "subscriptionProductQuantity");
        if (quantity != null && (quantity < 1 || quantity > 9999)) {
            throw p.invalid(KartraMessageType.QUANTITY_OUT_OF_RANGE, "subscriptionProductQuantity " + quantity + " is outside 1 to 9,999");
        }
        String installments = p.text(KartraConstants.SUBSCRIPTION_INSTALLMENTS_LEFT, config.getSubscriptionInstallmentsLeft());
        if (installments != null && !installments.trim().matches("\\d+") && !"until cancelled".equalsIgnoreCase(installments.trim())) {
            throw p.invalid(KartraMessageType.INCORRECT_INSTALLMENTS,
                    "subscriptionInstallmentsLeft must be a number or 'until cancelled' (got '" + installments + "')");
        }
        BigDecimal tax = p.decimal(KartraConstants.SUBSCRIPTION_TAX_PERCENT, config.getSubscriptionTaxPercent(),
                KartraMessageType.TAX_OUT_OF_RANGE, "subscriptionTaxPercent");
        if (tax != null && (tax.signum() < 0 || tax.compareTo(HUNDRED) > 0)) {
            throw p.invalid(KartraMessageType.TAX_OUT_OF_RANGE, "subscriptionTaxPercent " + tax.toPlainString() + " is outside 0 to 100");
        }
        Map<String, String> recurrence = null;
        if (period1 != null || period2 != null) {
            recurrence = new LinkedHashMap<>(2);
            if (period1 != null) {
                recurrence.put("recurring_period_1", period1);
            }
            if (period2 != null) {
                recurrence.put("recurring_period_2", period2);
            }
        }
        action = action.with("subscription_product_id", blankToNull(productId))
                .with("subscription_price_point", blankToNull(pricePoint))
                .with("subscription_next_payment_date", nextPayment)
                .with("subscription_amount", amount == null ? null : amount.toPlainString())
                .with("subscription_recurrence", recurrence)
                .with("subscription_product_quantity", quantity)
                .with("subscription_installments_left", installments)
                .with("subscription_tax_percent", tax == null ? null : tax.toPlainString());
        if (action.getParameters().size() == 1) {
            throw p.invalid(KartraMessageType.NO_EDITABLE_PARAMETERS, "editSubscription needs at least one of subscriptionProductId "
                                                                     + "(with subscriptionPricePoint), subscriptionNextPaymentDate, "
                                                                     + "subscriptionAmount, subscriptionRecurringPeriod1/2, "
                                                                     + "subscriptionProductQuantity, subscriptionInstallmentsLeft, "
                                                                     + "subscriptionTaxPercent");
        }
        return action;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text;
    }
}
