package io.camelkartra.simulator.state;

import java.util.Objects;
import java.util.Set;

/**
 * An IPN notification URL with its secret (posted back as {@code secret_key}), for the account with
 * {@code apiKey} (every account when null) and the products in {@code productIds} (all when empty).
 */
public record IpnTarget(String url, String secretKey, String apiKey, Set<Long> productIds) {

    public IpnTarget {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secretKey, "secretKey");
        productIds = Set.copyOf(productIds);
    }

    boolean accepts(String accountKey, long productId) {
        return (apiKey == null || apiKey.equals(accountKey)) && (productIds.isEmpty() || productIds.contains(productId));
    }
}
