package io.camelkartra.simulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code calendar_subscribe} and {@code calendar_cancel} (§2.9). */
class CalendarCommandsTest extends ConformanceTest {

    private static final String JOHN = "lead[email]=john.smith%40example.com&";
    private static final String SUBSCRIBE = JOHN + "actions[0][cmd]=calendar_subscribe";
    private static final String CANCEL = JOHN + "actions[0][cmd]=calendar_cancel";
    private static final String CLASS = "&actions[0][calendar_name]=Coaching+Calls&actions[0][class_name]=Strategy+Session";

    @Test
    void subscribeThenCancel() {
        assertSingleSuccess(call(SUBSCRIBE + CLASS + "&actions[0][starting_date]=16+Jan+2099&actions[0][starting_hour]=15:00"),
                "calendar_subscribe", 112, "Lead subscribed to class");
        assertThat(john().calendarClasses()).containsExactly("Coaching Calls/Strategy Session");
        assertSingleSuccess(call(CANCEL + CLASS), "calendar_cancel", 113, "Lead unsubscribed from class");
        assertThat(john().calendarClasses()).isEmpty();
        assertFlatError(call(CANCEL + CLASS), 259, "No active/pending calendar subscription for this lead");
    }

    @Test
    void subscribeWithoutADateIsAccepted() {
        assertSingleSuccess(call(SUBSCRIBE + CLASS), "calendar_subscribe", 112, "Lead subscribed to class");
    }

    @Test
    void errors() {
        assertFlatError(call(SUBSCRIBE + "&actions[0][class_name]=Strategy+Session"), 255, "Calendar cannot be empty");
        assertFlatError(call(SUBSCRIBE + "&actions[0][calendar_name]=Coaching+Calls"), 256, "Class cannot be empty");
        assertFlatError(call(SUBSCRIBE + "&actions[0][calendar_name]=Nope&actions[0][class_name]=x"), 257, "Calendar does not exist");
        assertFlatError(call(SUBSCRIBE + "&actions[0][calendar_name]=Coaching+Calls&actions[0][class_name]=Yoga"), 258,
                "Class does not exist");
        assertFlatError(call(SUBSCRIBE + CLASS + "&actions[0][starting_date]=2099-01-16"), 260, "Invalid date format");
        assertFlatError(call(SUBSCRIBE + CLASS + "&actions[0][starting_date]=16+Jan+2099&actions[0][starting_hour]=3pm"), 260,
                "Invalid date format");
        assertFlatError(call(SUBSCRIBE + CLASS + "&actions[0][starting_hour]=15:00"), 260, "Invalid date format");
        assertFlatError(call(SUBSCRIBE + CLASS + "&actions[0][starting_date]=16+Jan+2019&actions[0][starting_hour]=15:00"), 261,
                "Date is in the past");
        assertFlatError(call(CANCEL + "&actions[0][class_name]=x"), 255, "Calendar cannot be empty");
        assertFlatError(call(CANCEL + "&actions[0][calendar_name]=Coaching+Calls"), 256, "Class cannot be empty");
        assertFlatError(call(CANCEL + "&actions[0][calendar_name]=Nope&actions[0][class_name]=x"), 257, "Calendar does not exist");
        assertFlatError(call(CANCEL + "&actions[0][calendar_name]=Coaching+Calls&actions[0][class_name]=Yoga"), 258,
                "Class does not exist");
    }

    @Test
    void anUnfinishedCalendarDoesNotExist() {
        demo().addUnfinishedCalendar("Draft", "Intro");
        assertFlatError(call(SUBSCRIBE + "&actions[0][calendar_name]=Draft&actions[0][class_name]=Intro"), 257,
                "Calendar does not exist");
    }
}
