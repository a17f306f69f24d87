package io.camelkartra.simulator.state;

/** The payment gateway of a transaction; PayPal subscriptions can only be cancelled (284). */
public enum Gateway {
    CARD,
    PAYPAL
}
