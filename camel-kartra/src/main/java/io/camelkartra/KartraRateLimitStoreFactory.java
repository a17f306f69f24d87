package io.camelkartra;

import java.net.URI;
import java.time.Duration;

import org.apache.camel.CamelContext;

/**
 * Creates a {@link KartraRateLimitStore} from the component's {@code rateLimitStore} URI. The component finds the
 * factory by the URI's scheme with Camel's {@link org.apache.camel.spi.FactoryFinder}, in
 * {@value #FACTORY_PATH}<i>scheme</i>, so a store module only has to be on the classpath.
 */
public interface KartraRateLimitStoreFactory {

    /** Where the factories are registered, one file per URI scheme. */
    String FACTORY_PATH = "META-INF/services/io/camelkartra/rate-limit-store/";

    /**
     * Creates the store without connecting to it (the component connects on first use, so a store that is down at
     * startup does not stop the integration: the failure policy applies).
     *
     * @param  uri                      the {@code rateLimitStore} URI, without credentials
     * @param  password                 the {@code rateLimitStorePassword}, or null
     * @param  timeout                  the {@code rateLimitStoreTimeout}: the longest one request to the store may take
     * @throws IllegalArgumentException when the URI is not one this store understands; the message names the problem
     */
    KartraRateLimitStore create(CamelContext camelContext, URI uri, String password, Duration timeout);
}
