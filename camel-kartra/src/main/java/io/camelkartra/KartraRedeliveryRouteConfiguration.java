package io.camelkartra;

import java.util.Optional;
import java.util.function.Function;

import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.model.OnExceptionDefinition;
import org.apache.camel.model.RouteConfigurationDefinition;
import org.apache.camel.util.TimeUtils;

/**
 * The redelivery recipe of camel-kartra as a route configuration, so that routes name it instead of copying it: a
 * route with {@code routeConfigurationId("kartra-redelivery")} (YAML: {@code routeConfigurationId: kartra-redelivery})
 * redelivers a {@link KartraException} with exponential back-off <em>while it is retryable</em>
 * ({@link KartraException#isRetryable()}, judged again at every failure by {@code retryWhile}) and at most
 * {@code maximum-redeliveries} times. An operation that is not safe to replay is therefore never sent again after a
 * failure that leaves its outcome unknown, whatever failures came before. When the redeliveries stop, and for every
 * other exception of the route, the message goes with its original body to the dead-letter endpoint, if one is set;
 * otherwise the exchange fails with the exception.
 * <p>
 * Camel Main (and Camel K, Camel JBang) adds it with {@code camel.main.routes-builder-classes=
 * io.camelkartra.KartraRedeliveryRouteConfiguration}; Java and Spring applications can add an instance like any other
 * {@code RoutesBuilder}. It reads these properties when it is configured (before the routes start):
 * <ul>
 * <li>{@code kartra.redelivery.maximum-redeliveries}: the bound (default 5);</li>
 * <li>{@code kartra.redelivery.redelivery-delay}: the first delay, in milliseconds or as {@code 2s} (default 1s);</li>
 * <li>{@code kartra.redelivery.back-off-multiplier}: each further delay is the previous one times this (default 2;
 * 1 keeps the delay constant);</li>
 * <li>{@code kartra.redelivery.maximum-redelivery-delay}: the longest delay (default 60s);</li>
 * <li>{@code kartra.redelivery.dead-letter-uri}: the dead-letter endpoint (default none);</li>
 * <li>{@code kartra.redelivery.on-exception-occurred-ref}: a {@code Processor} bean called at every failed attempt,
 * before the message is restored for the next one (default none).</li>
 * </ul>
 * Clauses of the route's own builder or of another route configuration it names still apply: one for a subclass
 * ({@code onException(KartraAuthenticationException.class)}) takes those exceptions instead.
 */
public class KartraRedeliveryRouteConfiguration extends RouteConfigurationBuilder {

    /** The id routes name with {@code routeConfigurationId}. */
    public static final String ID = "kartra-redelivery";

    /** The prefix of the properties this configuration reads. */
    public static final String PROPERTIES_PREFIX = "kartra.redelivery.";

    private static final String DURATION = "a duration (500, 500ms, 2s, 1m)";

    @Override
    public void configuration() {
        int maximumRedeliveries = setting("maximum-redeliveries", "5", Integer::valueOf, 0, "a whole number, 0 or more");
        RouteConfigurationDefinition configuration = routeConfiguration(ID);
        setting("dead-letter-uri").ifPresent(uri -> configuration.errorHandler(deadLetterChannel(uri).useOriginalMessage()));
        OnExceptionDefinition redelivery = configuration.onException(KartraException.class)
                .retryWhile(retryableUpTo(maximumRedeliveries))
                .redeliveryDelay(setting("redelivery-delay", "1s", TimeUtils::toMilliSeconds, 0L, DURATION))
                .useExponentialBackOff()
                .backOffMultiplier(setting("back-off-multiplier", "2", Double::valueOf, 1.0, "a number, 1 or more"))
                .maximumRedeliveryDelay(setting("maximum-redelivery-delay", "60s", TimeUtils::toMilliSeconds, 0L, DURATION));
        setting("on-exception-occurred-ref").ifPresent(redelivery::onExceptionOccurredRef);
    }

    /**
     * {@code ${exception.retryable} == true && ${header.CamelRedeliveryCounter} <= maximumRedeliveries}: the counter
     * is the number of the redelivery about to be made, and retryWhile replaces maximumRedeliveries.
     */
    private static Predicate retryableUpTo(int maximumRedeliveries) {
        return exchange -> {
            // this failure's exception itself: getException(KartraException.class) would also search the exceptions of
            // earlier attempts, which Camel attaches to it as suppressed ones (a retryable 429 before a lost reply)
            int redelivery = exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class);
            return exchange.getException() instanceof KartraException failure && failure.isRetryable()
                   && redelivery <= maximumRedeliveries;
        };
    }

    /** The property's value, or the default, parsed and at least {@code min}; else an error that names the property. */
    private <T extends Comparable<T>> T setting(String name, String defaultValue, Function<String, T> parser, T min,
            String expected) {
        String value = setting(name).orElse(defaultValue);
        try {
            T parsed = parser.apply(value);
            if (parsed.compareTo(min) >= 0) {
                return parsed;
            }
        } catch (RuntimeException e) {
            // not a value of the type (TimeUtils fails on some texts with an index out of bounds): reported below
        }
        throw new IllegalArgumentException(PROPERTIES_PREFIX + name + " must be " + expected + ", not '" + value + "'");
    }

    private Optional<String> setting(String name) {
        return getContext().getPropertiesComponent().resolveProperty(PROPERTIES_PREFIX + name);
    }
}
