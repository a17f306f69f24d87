package io.camelkartra.model.event;

import io.camelkartra.model.TransactionDetails;

/**
 * The {@code transaction_details} of {@code buy_product}, the refund events and {@code cancel_subscription}: a
 * {@link TransactionDetails} with the fields events carry. Purchases and refunds carry the id, quantity, amount,
 * product and buyer names; cancellations carry the date and type instead of quantity and amount.
 */
public class TransactionEventDetails extends TransactionDetails implements KartraEventDetails {

    @Override
    public String getDetailId() {
        return getTransactionId();
    }
}
