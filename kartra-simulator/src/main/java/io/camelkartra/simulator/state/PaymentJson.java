package io.camelkartra.simulator.state;

import static io.camelkartra.simulator.state.Wire.amount;
import static io.camelkartra.simulator.state.Wire.number;
import static io.camelkartra.simulator.state.Wire.object;
import static io.camelkartra.simulator.state.Wire.orNotAvailable;

import java.util.LinkedHashMap;
import java.util.Map;

/** Transactions and subscriptions as the API shows them (§2.10, §2.11); numbers as strings. */
final class PaymentJson {

    private PaymentJson() {
    }

    /** {@code transaction_details}: the documented sale fields (buyer as at purchase), then the inferred jv/date/type/parent. */
    static Map<String, Object> transactionDetails(AccountData data, Transaction t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("transaction_id", number(t.id()));
        out.putAll(BuyerFields.of(t.buyer()));
        out.put("product_name", productName(data, t.productId()));
        out.put("product_id", number(t.productId()));
        out.put("product_price_point", number(t.pricePoint()));
        out.put("transaction_full_amount", amount(t.fullAmount()));
        out.put("transaction_quantity", number(t.quantity()));
        out.put("transaction_affiliate", orNotAvailable(t.affiliate()));
        out.put("transaction_jv", orNotAvailable(t.jv()));
        out.put("transaction_date", KartraTime.format(t.date()));
        out.put("transaction_type", t.type().wireName());
        out.put("transaction_parent_id", number(t.parentId()));
        return out;
    }

    static Map<String, Object> transactionListItem(Transaction t) {
        return object("transaction_id", number(t.id()), "lead_id", number(t.leadId()), "lead_email", t.buyer().email(),
                "transaction_type", t.type().wireName());
    }

    static Map<String, Object> subscriptionDetails(Subscription s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("subscription_id", number(s.id()));
        out.put("subscription_product_id", number(s.productId()));
        out.put("subscription_price_point", number(s.pricePoint()));
        out.put("subscription_lead_id", number(s.leadId()));
        out.put("subscription_start_date", KartraTime.format(s.start()));
        out.put("subscription_end_date", KartraTime.format(s.end()));
        out.put("subscription_current_installment", number(s.currentInstallment()));
        out.put("subscription_installments_left",
                s.installmentsLeft() == null ? "Until cancelled" : number(s.installmentsLeft()));
        out.put("subscription_recurring_period", s.recurringPeriod());
        out.put("subscription_status", s.status().wireName());
        out.put("subscription_next_payment_date", KartraTime.format(s.nextPayment()));
        out.put("subscription_next_scheduled_payment_amount", amount(s.nextAmount()));
        out.put("subscription_affiliate", orNotAvailable(s.affiliate()));
        out.put("subscription_jv", orNotAvailable(s.jv()));
        return out;
    }

    static Map<String, Object> subscriptionListItem(Subscription s) {
        return object("subscription_id", number(s.id()), "lead_id", number(s.leadId()), "lead_email", s.leadEmail(),
                "subscription_status", s.status().wireName());
    }

    static String productName(AccountData data, long productId) {
        return data.product(productId).map(Product::name).orElse("");
    }
}
