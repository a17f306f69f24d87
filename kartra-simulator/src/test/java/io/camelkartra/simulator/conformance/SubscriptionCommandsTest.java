package io.camelkartra.simulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelkartra.simulator.state.PurchaseOptions;
import io.camelkartra.simulator.state.SubscriptionStatus;
import io.camelkartra.simulator.state.Transaction;
import org.junit.jupiter.api.Test;

/**
 * Subscriptions (§2.11), on the demo ones: 14801 Jane's active monthly (sale 48102), 14802 John's
 * PayPal yearly (sale 48103), 14803 Jane's cancelled trial.
 */
class SubscriptionCommandsTest extends ConformanceTest {

    private static final String MODIFY = "actions[0][cmd]=modify_subscription_status&actions[0][subscription_id]=";
    private static final String EDIT = "actions[0][cmd]=edit_subscription&actions[0][subscription_id]=";

    @Test
    void searchAndDetails() {
        assertThat(call("actions[0][cmd]=search_subscription&actions[0][subscription_id]=14801").path("message").asText())
                .isEqualTo("Subscription exists");
        assertFlatError(call("actions[0][cmd]=search_subscription&actions[0][subscription_id]=1"), 248,
                "Subscription doesn't exist");
        JsonNode details = call("actions[0][cmd]=get_subscription_details&actions[0][subscription_id]=14801").path("actions")
                .get(0).path("get_subscription_details").path("subscription_details");
        assertThat(details.path("subscription_status").asText()).isEqualTo("Active");
        assertThat(details.path("subscription_installments_left").asText()).isEqualTo("Until cancelled");
        assertThat(details.path("subscription_recurring_period").asText()).isEqualTo("monthly");
        assertThat(details.path("subscription_end_date").asText()).isEqualTo("0000-00-00 00:00:00");
        assertThat(details.path("subscription_next_scheduled_payment_amount").asText()).isEqualTo("29.00");
        assertThat(details.path("subscription_lead_id").asText()).isEqualTo("1002");
        assertFlatError(call("actions[0][cmd]=get_subscription_details&actions[0][subscription_id]=x"), 248,
                "Subscription doesn't exist");
    }

    @Test
    void subscriptionsFromLead() {
        JsonNode list = call("lead[email]=jane.doe%40example.com&actions[0][cmd]=retrieve_subscriptions_from_lead")
                .path("actions").get(0).path("retrieve_subscriptions_from_lead").path("subscriptions_list");
        assertThat(list.get(0).toString()).isEqualTo("{\"subscription_id\":\"14801\",\"lead_id\":\"1002\","
                + "\"lead_email\":\"jane.doe@example.com\",\"subscription_status\":\"Active\"}");
        assertThat(list.get(1).path("subscription_status").asText()).isEqualTo("Cancelled");
    }

    @Test
    void cancelTransactionByTransactionOrSubscriptionId() {
        assertThat(call("actions[0][cmd]=cancel_transaction&actions[0][transaction_id]=48102").path("actions").get(0).toString())
                .isEqualTo("{\"cancel_transaction\":{\"status\":\"Success\",\"transaction_subscription_id\":\"sub_14801\","
                        + "\"transaction_internal_subscription_id\":\"14801\"}}");
        assertThat(demo().subscription(14801).orElseThrow().status()).isEqualTo(SubscriptionStatus.CANCELLED);
        assertFlatError(call("actions[0][cmd]=cancel_transaction&actions[0][transaction_id]=48102"), 252,
                "Subscription already cancelled");
        JsonNode paypal = call("actions[0][cmd]=cancel_transaction&actions[0][transaction_internal_subscription_id]=14802")
                .path("actions").get(0).path("cancel_transaction");
        assertThat(paypal.path("transaction_subscription_id").asText()).startsWith("I-");
    }

    @Test
    void cancelTransactionErrors() {
        String cancel = "actions[0][cmd]=cancel_transaction";
        assertFlatError(call(cancel), 248, "Subscription doesn't exist");
        assertFlatError(call(cancel + "&actions[0][transaction_id]=99"), 248, "Subscription doesn't exist");
        assertFlatError(call(cancel + "&actions[0][transaction_id]=48101"), 249,
                "Transaction not linked to any recurring subscription");
        assertFlatError(call(cancel + "&actions[0][transaction_id]=48105"), 253,
                "This type of transaction cannot be refunded or cancelled");
        assertFlatError(call(cancel + "&actions[0][transaction_internal_subscription_id]=14803"), 252,
                "Subscription already cancelled");
        Transaction failing = sim().events("DemoUser").buyProduct("jane.doe@example.com", 2, 1,
                PurchaseOptions.DEFAULT.withGatewayFailure(true));
        assertFlatError(call(cancel + "&actions[0][transaction_id]=" + failing.id()), 267, "Cancellation has failed");
    }

    @Test
    void modifySubscriptionStatus() {
        assertSingleSuccess(call(MODIFY + "14801&actions[0][subscription_status_modification]=pause"),
                "modify_subscription_status", 115, "Subscription modified");
        assertThat(demo().subscription(14801).orElseThrow().status()).isEqualTo(SubscriptionStatus.PAUSED);
        assertSingleSuccess(call(MODIFY + "14801&actions[0][subscription_status_modification]=unpause"),
                "modify_subscription_status", 115, "Subscription modified");
        assertThat(demo().subscription(14801).orElseThrow().status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertSingleSuccess(call(MODIFY + "14802&actions[0][subscription_status_modification]=cancel"),
                "modify_subscription_status", 115, "Subscription modified");
        assertThat(demo().subscription(14802).orElseThrow().status()).isEqualTo(SubscriptionStatus.CANCELLED);
    }

    @Test
    void modifySubscriptionStatusErrors() {
        assertFlatError(call(MODIFY + "1&actions[0][subscription_status_modification]=pause"), 248, "Subscription doesn't exist");
        assertFlatError(call(MODIFY + "14801"), 274, "Wrong status");
        assertFlatError(call(MODIFY + "14801&actions[0][subscription_status_modification]=stop"), 274, "Wrong status");
        assertFlatError(call(MODIFY + "14803&actions[0][subscription_status_modification]=cancel"), 252,
                "Subscription already cancelled");
        assertFlatError(call(MODIFY + "14803&actions[0][subscription_status_modification]=unpause"), 275,
                "Subscriptions cancelled or terminated cannot be updated");
        assertFlatError(call(MODIFY + "14802&actions[0][subscription_status_modification]=pause"), 284,
                "Paypal transactions cannot be modified");
    }

    @Test
    void editSubscription() {
        assertSingleSuccess(call(EDIT + "14801&actions[0][subscription_amount]=35.5&actions[0][subscription_product_quantity]=2"
                + "&actions[0][subscription_next_payment_date]=2099-01-18+05:46&actions[0][subscription_installments_left]=6"
                + "&actions[0][subscription_recurrence][recurring_period_1]=quarterly&actions[0][subscription_tax_percent]=7.5"),
                "edit_subscription", 115, "Subscription modified");
        JsonNode details = call("actions[0][cmd]=get_subscription_details&actions[0][subscription_id]=14801").path("actions")
                .get(0).path("get_subscription_details").path("subscription_details");
        assertThat(details.path("subscription_next_scheduled_payment_amount").asText()).isEqualTo("71.00");
        assertThat(details.path("subscription_next_payment_date").asText()).isEqualTo("2099-01-18 05:46:00");
        assertThat(details.path("subscription_installments_left").asText()).isEqualTo("6");
        assertThat(details.path("subscription_recurring_period").asText()).isEqualTo("quarterly");
        assertSingleSuccess(call(EDIT + "14801&actions[0][subscription_product_id]=2&actions[0][subscription_price_point]=2"),
                "edit_subscription", 115, "Subscription modified");
        assertThat(demo().subscription(14801).orElseThrow().recurringPeriod()).isEqualTo("yearly");
    }

    @Test
    void editSubscriptionErrors() {
        assertFlatError(call(EDIT + "1&actions[0][subscription_amount]=5"), 248, "Subscription doesn't exist");
        assertFlatError(call(EDIT + "14802&actions[0][subscription_amount]=5"), 284, "Paypal transactions cannot be modified");
        assertFlatError(call(EDIT + "14803&actions[0][subscription_amount]=5"), 275,
                "Subscriptions cancelled or terminated cannot be updated");
        assertFlatError(call(EDIT + "14801"), 285, "No editable parameters for subscription");
        assertFlatError(call(EDIT + "14801&actions[0][subscription_product_id]=2"), 283, "Wrong product id or price point");
        assertFlatError(call(EDIT + "14801&actions[0][subscription_product_id]=1&actions[0][subscription_price_point]=1"), 283,
                "Wrong product id or price point");
        assertFlatError(call(EDIT + "14801&actions[0][subscription_next_payment_date]=tomorrow"), 260, "Invalid date format");
        assertFlatError(call(EDIT + "14801&actions[0][subscription_next_payment_date]=2020-01-18+05:46"), 261, "Date is in the past");
        assertFlatError(call(EDIT + "14801&actions[0][subscription_amount]=abc"), 268, "Invalid amount");
        assertFlatError(call(EDIT + "14801&actions[0][subscription_amount]=0.50"), 277, "Price must be between 1.00 and 9,999.99");
        assertFlatError(call(EDIT + "14801&actions[0][subscription_recurrence][recurring_period_1]=daily"), 280,
                "Invalid recurring period");
        assertFlatError(call(EDIT + "14801&actions[0][subscription_recurrence]=monthly"), 280, "Invalid recurring period");
        assertFlatError(call(EDIT + "14801&actions[0][subscription_recurrence][recurring_period_1]=monthly"
                + "&actions[0][subscription_recurrence][recurring_period_2]=yearly"), 281, "Recurrence cannot be changed");
        assertFlatError(call(EDIT + "14801&actions[0][subscription_product_quantity]=many"), 278, "Invalid number");
        assertFlatError(call(EDIT + "14801&actions[0][subscription_product_quantity]=0"), 276, "Quantity must be between 1 and 9,999");
        assertFlatError(call(EDIT + "14801&actions[0][subscription_installments_left]=0"), 282, "Incorrect number of installments");
        assertFlatError(call(EDIT + "14801&actions[0][subscription_tax_percent]=x"), 278, "Invalid number");
        assertFlatError(call(EDIT + "14801&actions[0][subscription_tax_percent]=150"), 290, "Tax must be between 0 and 100");
        assertThat(demo().subscription(14801).orElseThrow().amount()).isEqualByComparingTo("29.00");
    }
}
