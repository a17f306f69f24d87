package io.camelkartra.simulator.state;

import static io.camelkartra.simulator.state.Wire.amount;
import static io.camelkartra.simulator.state.Wire.number;
import static io.camelkartra.simulator.state.Wire.object;

import java.util.List;
import java.util.Map;

/** The {@code action_details} of each Outbound API event (§7.2), numbers as strings. */
final class EventDetails {

    private EventDetails() {
    }

    static Map<String, Object> of(AccountData data, OutboundAction action, Object subject) {
        return switch (action) {
            case ASSIGN_TAG, UNASSIGN_TAG -> {
                Tag tag = (Tag) subject;
                yield object("tag", object("tag_id", number(tag.id()), "tag_name", tag.name()));
            }
            case LIST_SUBSCRIPTION, LIST_UNSUBSCRIPTION -> {
                MailingList list = (MailingList) subject;
                yield object("list", object("list_id", number(list.id()), "list_name", list.name()));
            }
            case SEQUENCE_SUBSCRIPTION, SEQUENCE_UNSUBSCRIPTION, SEQUENCE_COMPLETION -> {
                Sequence sequence = (Sequence) subject;
                yield object("sequence", object("sequence_id", number(sequence.id()), "sequence_name", sequence.name()));
            }
            case CALENDAR_SUBSCRIBE, CALENDAR_CANCEL, CALENDAR_COMPLETE -> object("calendar", calendar((CalendarBooking) subject));
            case BUY_PRODUCT, REFUND_PRODUCT, PARTIAL_REFUND_PRODUCT -> object("transaction_details", sale(data, (Transaction) subject));
            case CANCEL_SUBSCRIPTION -> object("transaction_details", cancellation(data, (Transaction) subject));
            case AFFILIATE_SIGNUP, JV_SIGNUP -> {
                Product product = (Product) subject;
                yield object("product", object("product_id", number(product.id()), "product_name", product.name(),
                        "official_product_name", product.name()));
            }
            case MEMBERSHIP_GRANTED, MEMBERSHIP_REVOKED -> {
                MembershipAccess access = (MembershipAccess) subject;
                yield object("membership", object("membership_id", number(access.membership().id()),
                        "membership_name", access.membership().name(), "level_id", number(access.level().id()),
                        "level_name", access.level().name()));
            }
            case FILLED_FORM -> named("form", (NamedItem) subject);
            case VIDEO_PLAY, VIDEO_COMPLETE -> named("video", (NamedItem) subject);
            case CLICK_PAGE_SPLIT_TEST_LINK -> named("page_split_test_link", (NamedItem) subject);
            case KARTRA_PAGE_VISIT -> {
                Page page = (Page) subject;
                yield object("kartra_page", object("kartra_page_id", number(page.id()), "kartra_page_name", page.name()));
            }
            case SURVEY_COMPLETE -> object("survey", survey((Survey) subject));
            case REACHES_SCORE -> object("points", number((Long) subject));
        };
    }

    private static Map<String, Object> named(String container, NamedItem item) {
        return object(container, object(container + "_id", number(item.id()), container + "_name", item.name()));
    }

    private static Map<String, Object> calendar(CalendarBooking booking) {
        return object("calendar_id", number(booking.calendar().id()), "calendar_name", booking.calendar().name(),
                "class_id", number(booking.calendarClass().id()), "class_name", booking.calendarClass().name(),
                "hosts", booking.calendar().hosts().stream().map(h -> object("host_first_name", h.firstName(),
                        "host_last_name", h.lastName(), "host_email_address", h.email())).toList(),
                "vendor_timezone", booking.calendar().timezone(),
                "calendar_subscription_id", number(booking.id()),
                "events", booking.start() == null ? List.of()
                        : List.of(object("event_start_date", KartraTime.format(booking.start()))));
    }

    private static Map<String, Object> sale(AccountData data, Transaction t) {
        Map<String, Object> out = buyer(data, t);
        out.put("transaction_quantity", number(t.quantity()));
        out.put("transaction_full_amount", amount(t.fullAmount()));
        return out;
    }

    private static Map<String, Object> cancellation(AccountData data, Transaction t) {
        Map<String, Object> out = buyer(data, t);
        out.put("transaction_date", KartraTime.format(t.date()));
        out.put("transaction_type", t.type().wireName());
        return out;
    }

    private static Map<String, Object> buyer(AccountData data, Transaction t) {
        return object("transaction_id", number(t.id()), "lead_first_name", t.buyer().firstName(),
                "lead_last_name", t.buyer().lastName(), "lead_email", t.buyer().email(), "lead_username", "",
                "lead_id", number(t.leadId()), "product_name", PaymentJson.productName(data, t.productId()),
                "product_id", number(t.productId()), "product_price_point", number(t.pricePoint()));
    }

    private static Map<String, Object> survey(Survey survey) {
        return object("survey_id", number(survey.id()), "survey_name", survey.name(), "survey_type", number(survey.type()),
                "survey_score", survey.score(), "survey_completion_time", number(survey.completionTimeSeconds()),
                "questions", survey.questions().stream().map(q -> object("question_id", number(q.id()),
                        "question_title", q.title(), "question_correct", q.correct() ? "1" : "0",
                        "answers", q.answers().stream().map(a -> object("option_id", number(a.optionId()),
                                "option_value", a.value())).toList())).toList());
    }
}
