package io.camelkartra.simulator.state;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payment transaction. Immutable: a refund, rebill or chargeback is a new transaction whose
 * {@code parentId} is the original order (0 when there is none); {@code subscriptionId} is the
 * internal subscription id and {@code payNumber} the instalment number (0 for one-off sales).
 * {@code gatewayFailure} makes the gateway refuse refunds and cancellations (266, 267); {@code test}
 * marks a test-mode purchase, which cannot be refunded or cancelled (253).
 */
public record Transaction(long id, TransactionType type, Buyer buyer, long productId, int pricePoint, int quantity,
        BigDecimal baseAmount, BigDecimal discount, BigDecimal shipping, BigDecimal tax, BigDecimal fullAmount,
        Instant date, long parentId, long subscriptionId, int payNumber, String affiliate, String jv, Gateway gateway,
        String last4, boolean test, boolean gatewayFailure) {

    public long leadId() {
        return buyer.leadId();
    }

    Transaction withGatewayFailure(boolean value) {
        return new Transaction(id, type, buyer, productId, pricePoint, quantity, baseAmount, discount, shipping, tax,
                fullAmount, date, parentId, subscriptionId, payNumber, affiliate, jv, gateway, last4, test, value);
    }
}
