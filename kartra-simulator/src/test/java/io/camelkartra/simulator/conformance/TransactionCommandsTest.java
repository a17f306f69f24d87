package io.camelkartra.simulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.state.PurchaseOptions;
import io.camelkartra.simulator.state.Transaction;
import io.camelkartra.simulator.state.TransactionType;
import io.camelkartra.simulator.support.KartraHttp;
import io.camelkartra.simulator.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Transactions (§2.10), on the demo payments: 48101 John's sale of product 1 (49.00), 48104 Jane's
 * sale refunded by 48105, 48102 a subscription sale.
 */
class TransactionCommandsTest extends ConformanceTest {

    @Test
    void searchTransaction() {
        assertThat(call("actions[0][cmd]=search_transaction&actions[0][transaction_id]=48101").toString())
                .isEqualTo("{\"status\":\"Success\",\"message\":\"Transaction exists\",\"actions\":[{\"search_transaction\":"
                        + "{\"status\":\"Success\",\"message\":\"Transaction exists\"}}]}");
        assertFlatError(call("actions[0][cmd]=search_transaction&actions[0][transaction_id]=1"), 247, "Transaction doesn't exist");
        assertFlatError(call("actions[0][cmd]=search_transaction"), 247, "Transaction doesn't exist");
    }

    @Test
    void transactionDetails() {
        JsonNode details = call("actions[0][cmd]=get_transaction_details&actions[0][transaction_id]=48101").path("actions")
                .get(0).path("get_transaction_details").path("transaction_details");
        assertThat(details.path("transaction_id").asText()).isEqualTo("48101");
        assertThat(details.path("lead_email").asText()).isEqualTo("john.smith@example.com");
        assertThat(details.path("lead_country_code_2").asText()).isEqualTo("US");
        assertThat(details.path("lead_country_code_3").asText()).isEqualTo("USA");
        assertThat(details.path("product_name").asText()).isEqualTo("Starter Course");
        assertThat(details.path("product_price_point").asText()).isEqualTo("1");
        assertThat(details.path("transaction_full_amount").asText()).isEqualTo("49.00");
        assertThat(details.path("transaction_quantity").asText()).isEqualTo("1");
        assertThat(details.path("transaction_affiliate").asText()).isEqualTo("N/A");
        assertFlatError(call("actions[0][cmd]=get_transaction_details&actions[0][transaction_id]=7"), 247,
                "Transaction doesn't exist");
    }

    @Test
    void transactionsFromLead() {
        JsonNode list = call("lead[email]=jane.doe%40example.com&actions[0][cmd]=retrieve_transactions_from_lead")
                .path("actions").get(0).path("retrieve_transactions_from_lead").path("transaction_list");
        assertThat(list.get(0).toString()).isEqualTo("{\"transaction_id\":\"48102\",\"lead_id\":\"1002\","
                + "\"lead_email\":\"jane.doe@example.com\",\"transaction_type\":\"sale\"}");
        assertThat(list).extracting(t -> t.path("transaction_type").asText())
                .containsExactly("sale", "sale", "refund", "sale", "cancellation");
        demo().addLead("nobuyer@example.com");
        assertThat(call("lead[email]=nobuyer%40example.com&actions[0][cmd]=retrieve_transactions_from_lead").path("actions")
                .get(0).path("retrieve_transactions_from_lead").path("transaction_list").toString()).isEqualTo("[]");
    }

    @Test
    void partialThenFullRefund() {
        JsonNode partial = call("actions[0][cmd]=refund_transaction&actions[0][transaction_id]=48101&actions[0][refund_amount]=10.5");
        assertThat(partial.path("actions").get(0).toString())
                .isEqualTo("{\"refund_transaction\":{\"status\":\"Success\",\"transaction_refunded\":\"48101\"}}");
        call("actions[0][cmd]=refund_transaction&actions[0][transaction_id]=48101");
        assertThat(demo().transactions()).filteredOn(t -> t.parentId() == 48101).extracting(Transaction::type, t -> t.fullAmount().toPlainString())
                .containsExactly(tuple(TransactionType.PARTIAL_REFUND, "10.50"),
                        tuple(TransactionType.REFUND, "38.50"));
        assertFlatError(call("actions[0][cmd]=refund_transaction&actions[0][transaction_id]=48101"), 251,
                "Transaction already refunded");
    }

    @Test
    void refundErrors() {
        String refund = "actions[0][cmd]=refund_transaction&actions[0][transaction_id]=";
        assertFlatError(call(refund + "5"), 247, "Transaction doesn't exist");
        assertFlatError(call(refund + "48105"), 253, "This type of transaction cannot be refunded or cancelled");
        assertFlatError(call(refund + "48104"), 251, "Transaction already refunded");
        assertFlatError(call(refund + "48101&actions[0][refund_amount]=ten"), 268, "Invalid amount");
        assertFlatError(call(refund + "48101&actions[0][refund_amount]=50"), 268, "Invalid amount");
        Transaction test = sim().events("DemoUser").buyProduct("jane.doe@example.com", 1, 1, PurchaseOptions.DEFAULT.withTest(true));
        assertFlatError(call(refund + test.id()), 253, "This type of transaction cannot be refunded or cancelled");
        Transaction failing = sim().events("DemoUser").buyProduct("jane.doe@example.com", 1, 1,
                PurchaseOptions.DEFAULT.withGatewayFailure(true));
        assertFlatError(call(refund + failing.id()), 266, "Refund has failed");
    }

    @Test
    void refundOutsideTheRefundPeriodIs250() {
        MutableClock clock = new MutableClock(Instant.parse("2030-03-01T12:00:00Z"));
        try (KartraSimulator own = KartraSimulator.builder().httpPort(0).allowPlainHttp(true).clock(clock).build().start()) {
            clock.advance(Duration.ofDays(31));
            assertFlatError(KartraHttp.plain(own).call("actions[0][cmd]=refund_transaction&actions[0][transaction_id]=48101"),
                    250, "Transaction outside refund period");
        }
    }
}
