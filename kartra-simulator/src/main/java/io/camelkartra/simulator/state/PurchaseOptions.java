package io.camelkartra.simulator.state;

/**
 * How a simulated purchase is made. {@code test} marks a test purchase (not refundable, 253);
 * {@code gatewayFailure} makes later refunds and cancellations fail (266, 267); an empty affiliate
 * or JV is reported as {@code N/A}.
 */
public record PurchaseOptions(int quantity, Gateway gateway, String affiliate, String jv, boolean test,
        boolean gatewayFailure) {

    public static final PurchaseOptions DEFAULT = new PurchaseOptions(1, Gateway.CARD, "", "", false, false);

    public PurchaseOptions {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
        affiliate = affiliate == null ? "" : affiliate;
        jv = jv == null ? "" : jv;
    }

    public PurchaseOptions withGateway(Gateway value) {
        return new PurchaseOptions(quantity, value, affiliate, jv, test, gatewayFailure);
    }

    public PurchaseOptions withQuantity(int value) {
        return new PurchaseOptions(value, gateway, affiliate, jv, test, gatewayFailure);
    }

    public PurchaseOptions withAffiliate(String value) {
        return new PurchaseOptions(quantity, gateway, value, jv, test, gatewayFailure);
    }

    public PurchaseOptions withJv(String value) {
        return new PurchaseOptions(quantity, gateway, affiliate, value, test, gatewayFailure);
    }

    public PurchaseOptions withTest(boolean value) {
        return new PurchaseOptions(quantity, gateway, affiliate, jv, value, gatewayFailure);
    }

    public PurchaseOptions withGatewayFailure(boolean value) {
        return new PurchaseOptions(quantity, gateway, affiliate, jv, test, value);
    }
}
