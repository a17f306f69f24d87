package io.camelkartra.simulator.state;

import java.util.List;

/**
 * The demo App and account every simulator starts with (unless {@code demoData(false)}): the
 * catalogue, three leads (one deleted) and a few payments. Ids are the same on every start; the
 * module README lists them.
 */
final class DemoData {

    private DemoData() {
    }

    static void seed(SimulatorState state) {
        state.addApp(SimulatorState.DEMO_APP_ID);
        Account account = state.addAccount(SimulatorState.DEMO_API_KEY, SimulatorState.DEMO_API_PASSWORD);
        List.of("VIP Customer", "Newsletter Reader", "Webinar Attendee", "Lead Magnet").forEach(account::addTag);
        List.of("Newsletter", "Product Updates", "Webinar").forEach(account::addList);
        account.addSequence("Welcome Series", 5);
        account.addSequence("Onboarding", 3);
        account.addCustomField("text1", CustomFieldType.INPUT_FIELD);
        account.addCustomField("support_notes", CustomFieldType.TEXT_AREA);
        account.addCustomField("plan_choice", CustomFieldType.DROP_DOWN, "basic", "pro", "enterprise");
        account.addCustomField("gender", CustomFieldType.RADIO_BUTTON, "male", "female");
        account.addCustomField("interests", CustomFieldType.CHECKBOX, "sports", "music", "travel");
        account.addCalendar("Coaching Calls", "Strategy Session", "Q&A Session");
        List.of("Home", "Sales Page", "Thank You").forEach(account::addPage);
        account.addMembership("Academy", "Silver", "Gold");
        Product course = account.addProduct("Starter Course", PricePoint.oneTime(1, "49.00"),
                PricePoint.installments(2, "19.00", "monthly", 3));
        Product membership = account.addProduct("Pro Membership", PricePoint.recurring(1, "29.00", "monthly"),
                PricePoint.recurring(2, "290.00", "yearly"), PricePoint.recurring(3, "29.00", "monthly").withTrial(7, "1.00"));

        account.addLead(LeadSeed.email("john.smith@example.com").name("John", "Smith")
                .field("phone_country_code", "+1").field("phone", "5551234567").field("address", "1 Main Street")
                .field("city", "Springfield").field("zip", "12345").field("state", "IL").field("country", "United States")
                .field("company", "Acme Inc").field("ip", "203.0.113.10").field("ip_country", "United States")
                .tags("VIP Customer").lists("Newsletter").sequence("Welcome Series", 2).score(25)
                .customField("text1", "hello").customField("plan_choice", "pro").customField("gender", "male")
                .customField("interests", List.of("sports", "travel")).membership("Academy", "Gold"));
        account.addLead(LeadSeed.email("jane.doe@example.com").name("Jane", "Doe").field("country", "Germany")
                .tags("Newsletter Reader").lists("Product Updates").score(5));
        account.addLead(LeadSeed.email("deleted.lead@example.com").name("Deleted", "Lead").deleted(true));

        account.update(data -> {
            Commerce commerce = new Commerce(data, EventSink.NONE);
            var john = data.leadByEmail("john.smith@example.com").orElseThrow();
            var jane = data.leadByEmail("jane.doe@example.com").orElseThrow();
            commerce.sell(john, course, course.pricePoint(1).orElseThrow(), PurchaseOptions.DEFAULT);
            commerce.sell(jane, membership, membership.pricePoint(1).orElseThrow(), PurchaseOptions.DEFAULT);
            commerce.sell(john, membership, membership.pricePoint(2).orElseThrow(),
                    PurchaseOptions.DEFAULT.withGateway(Gateway.PAYPAL));
            var refunded = commerce.sell(jane, course, course.pricePoint(1).orElseThrow(), PurchaseOptions.DEFAULT);
            commerce.refund(refunded, null);
            var trial = commerce.sell(jane, membership, membership.pricePoint(3).orElseThrow(), PurchaseOptions.DEFAULT);
            commerce.cancel(data.subscription(trial.subscriptionId()).orElseThrow());
        });
    }
}
