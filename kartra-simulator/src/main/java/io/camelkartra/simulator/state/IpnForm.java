package io.camelkartra.simulator.state;

import static io.camelkartra.simulator.state.Wire.NOT_AVAILABLE;
import static io.camelkartra.simulator.state.Wire.amount;
import static io.camelkartra.simulator.state.Wire.number;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The flat form variables of an IPN notification (kartra-api.md §8): every empty value is the
 * literal {@code N/A}, dates are Eastern {@code yyyy-mm-dd hh:mm:ss}. {@code secret_key} is added per
 * target by the dispatcher. A cancellation carries no amounts.
 */
final class IpnForm {

    private static final List<String> AMOUNTS = List.of("transaction_full_amount", "transaction_base_amount",
            "transaction_discount", "transaction_shipping", "transaction_tax", "trial_amount");

    private IpnForm() {
    }

    static Map<String, String> of(AccountData data, Transaction t) {
        Optional<Subscription> subscription = t.subscriptionId() == 0 ? Optional.empty() : data.subscription(t.subscriptionId());
        Optional<Product> product = data.product(t.productId());
        Optional<PricePoint> pricePoint = product.flatMap(p -> p.pricePoint(t.pricePoint()));
        boolean trial = t.type() == TransactionType.SALE && pricePoint.map(PricePoint::hasTrial).orElse(false);
        Buyer b = t.buyer();
        Lead lead = data.lead(b.leadId()).orElse(null);

        Map<String, String> form = new LinkedHashMap<>();
        form.put("transaction_id", number(t.id()));
        form.put("transaction_full_amount", amount(t.fullAmount()));
        form.put("transaction_base_amount", amount(t.baseAmount()));
        form.put("transaction_discount", amount(t.discount()));
        form.put("transaction_shipping", amount(t.shipping()));
        form.put("transaction_tax", amount(t.tax()));
        form.put("transaction_date", KartraTime.format(t.date()));
        form.put("transaction_type", t.type().wireName());
        form.put("transaction_parent_id", number(t.parentId()));
        form.put("transaction_affiliate", t.affiliate());
        form.put("transaction_jv", t.jv());
        form.put("transaction_quantity", number(t.quantity()));
        form.put("transaction_subscription_id", subscription.map(Subscription::gatewaySubscriptionId).orElse(""));
        form.put("transaction_internal_subscription_id", subscription.map(s -> number(s.id())).orElse(""));
        form.put("transaction_subscription_pay_number", subscription.isPresent() ? number(t.payNumber()) : "");
        form.put("transaction_last_4_card_digits", t.gateway() == Gateway.PAYPAL ? "" : t.last4());
        form.put("original_id", subscription.map(s -> number(s.firstTransactionId())).orElse("0"));
        form.put("product_name", product.map(Product::name).orElse(""));
        form.put("product_id", number(t.productId()));
        form.put("product_price_point", number(t.pricePoint()));
        form.put("trial", trial ? "1" : "0");
        form.put("trial_amount", trial ? amount(pricePoint.get().trialAmount()) : "");
        form.put("trial_period", trial ? number(pricePoint.get().trialDays()) : "");
        form.put("payments_left", subscription.map(s -> s.installmentsLeft() == null ? "" : number(s.installmentsLeft()))
                .orElse("0"));
        form.putAll(BuyerFields.of(b));
        form.put("lead_ip", b.ip());
        form.put("vendor_tracking_id_1", "");
        form.put("vendor_tracking_id_2", "");
        form.put("vendor_tracking_link", "");
        for (String gdpr : List.of("gdpr_lead_status", "gdpr_lead_status_date", "gdpr_lead_status_ip", "gdpr_lead_communications")) {
            form.put(gdpr, lead == null ? "" : lead.field(gdpr));
        }
        if (t.type() == TransactionType.CANCELLATION) {
            AMOUNTS.forEach(form::remove);
        }
        form.replaceAll((k, v) -> v == null || v.isEmpty() ? NOT_AVAILABLE : v);
        return form;
    }
}
