package io.camelkartra.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import io.camelkartra.KartraRateLimitStore;
import io.camelkartra.KartraRateLimitStoreFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.FactoryFinder;

/** Finds the store module for a {@code rateLimitStore} URI and creates the store. */
public final class RateLimitStores {

    /** The module that serves each scheme we ship, to name it when it is missing. */
    private static final Map<String, String> MODULES = Map.of(
            "redis", "camel-kartra-redis", "rediss", "camel-kartra-redis", "hazelcast", "camel-kartra-hazelcast");

    private RateLimitStores() {
    }

    /**
     * @throws IllegalArgumentException when the URI is malformed, carries a password, or no module on the classpath
     *                                  serves its scheme
     */
    public static KartraRateLimitStore create(CamelContext camelContext, String uri, String password, Duration timeout) {
        URI parsed = parse(uri);
        String scheme = parsed.getScheme().toLowerCase(Locale.ROOT);
        FactoryFinder finder = camelContext.getCamelContextExtension().getFactoryFinder(KartraRateLimitStoreFactory.FACTORY_PATH);
        KartraRateLimitStoreFactory factory = finder.newInstance(scheme, KartraRateLimitStoreFactory.class)
                .orElseThrow(() -> new IllegalArgumentException("rateLimitStore: no store for the scheme '" + scheme + "' on the classpath; "
                                                                + (MODULES.containsKey(scheme)
                                                                        ? "add the io.camelkartra:" + MODULES.get(scheme) + " dependency"
                                                                        : "the schemes shipped are redis, rediss (camel-kartra-redis) and hazelcast (camel-kartra-hazelcast)")));
        return factory.create(camelContext, parsed, password, timeout);
    }

    private static URI parse(String uri) {
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            // the reason names the offending character, never the rest of the value
            throw new IllegalArgumentException("rateLimitStore is not a URI: " + e.getReason() + " at index " + e.getIndex());
        }
        if (parsed.getScheme() == null) {
            throw new IllegalArgumentException("rateLimitStore needs a scheme, such as redis://host:6379 or hazelcast://host:5701");
        }
        if (parsed.getRawUserInfo() != null && parsed.getRawUserInfo().contains(":")) {
            throw new IllegalArgumentException("rateLimitStore must not carry a password: set rateLimitStorePassword instead, "
                                               + "so that the password stays out of logs");
        }
        return parsed;
    }
}
