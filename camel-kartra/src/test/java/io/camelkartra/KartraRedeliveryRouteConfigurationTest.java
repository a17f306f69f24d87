package io.camelkartra;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelkartra.simulator.Reply;
import io.camelkartra.support.Fixtures;
import io.camelkartra.support.KartraRedeliveryTestSupport;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipped redelivery recipe, configured from properties, on routes that name it: the recipe's scenarios, and what
 * the configuration adds (the settings, other clauses, other exceptions, no dead-letter endpoint).
 */
class KartraRedeliveryRouteConfigurationTest extends KartraRedeliveryTestSupport {

    private final AtomicInteger failedAttempts = new AtomicInteger();

    @BindToRegistry("countFailedAttempt")
    private final Processor countFailedAttempt = exchange -> failedAttempts.incrementAndGet();

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.setProperty("kartra.redelivery.maximum-redeliveries", "3");
        properties.setProperty("kartra.redelivery.redelivery-delay", "10ms");
        properties.setProperty("kartra.redelivery.dead-letter-uri", "mock:dead");
        properties.setProperty("kartra.redelivery.on-exception-occurred-ref", "countFailedAttempt");
        return properties;
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] { new KartraRedeliveryRouteConfiguration(), new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:tag").routeConfigurationId(KartraRedeliveryRouteConfiguration.ID)
                        .to("kartra:assignTag?tagName=VIP Customer");
                from("direct:points").routeConfigurationId(KartraRedeliveryRouteConfiguration.ID)
                        .to("kartra:givePointsToLead?points=5");
                from("direct:tag-or-report").routeConfigurationId(KartraRedeliveryRouteConfiguration.ID)
                        .onException(KartraNotFoundException.class).handled(true).to("mock:unknown-name").end()
                        .to("kartra:assignTag?tagName=VIP Customer");
                from("direct:not-kartra").routeConfigurationId(KartraRedeliveryRouteConfiguration.ID)
                        .throwException(new IllegalStateException("not a Kartra failure"));
            }
        } };
    }

    @Test
    void everyFailedAttemptReachesTheOnExceptionOccurredProcessor() {
        simulator().enqueue(TOO_MANY_REQUESTS, Reply.reset().afterCommand());

        template.sendBody("direct:points", JANE);

        assertThat(failedAttempts).hasValue(2);
    }

    @Test
    void aClauseOfTheRouteForASubclassTakesItsExceptionsAfterARedelivery() throws Exception {
        simulator().enqueue(TOO_MANY_REQUESTS, Reply.json(Fixtures.reply("tag-does-not-exist.json")));
        getMockEndpoint("mock:unknown-name").expectedBodiesReceived(JANE);
        getMockEndpoint("mock:dead").expectedMessageCount(0);

        template.sendBody("direct:tag-or-report", JANE);

        MockEndpoint.assertIsSatisfied(context);
        assertThat(simulator().calls().total()).isEqualTo(2);
    }

    @Test
    void otherExceptionsAreDeadLetteredWithoutRedelivery() throws Exception {
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedBodiesReceived(JANE);
        dead.message(0).header(Exchange.REDELIVERY_COUNTER).isNull();

        template.sendBody("direct:not-kartra", JANE);

        dead.assertIsSatisfied();
    }

    @Test
    void withoutADeadLetterUriTheExchangeFailsWithTheException() throws Exception {
        simulator().enqueue(Reply.json(Fixtures.reply("tag-does-not-exist.json")));
        try (CamelContext camel = contextWith(Map.of())) {
            Exchange exchange = camel.createProducerTemplate().request("direct:tag", e -> e.getMessage().setBody(JANE));

            assertThat(exchange.getException()).isInstanceOf(KartraNotFoundException.class);
        }
    }

    @Test
    void aSettingThatIsNotANumberIsRefusedByName() {
        assertThatThrownBy(() -> contextWith(Map.of("kartra.redelivery.maximum-redeliveries", "five")).close())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kartra.redelivery.maximum-redeliveries must be a whole number, 0 or more, not 'five'");
        assertThatThrownBy(() -> contextWith(Map.of("kartra.redelivery.redelivery-delay", "soon")).close())
                .hasMessage("kartra.redelivery.redelivery-delay must be a duration (500, 500ms, 2s, 1m), not 'soon'");
    }

    /** A context of its own, with only these properties, the kartra component of this test and a route naming the recipe. */
    private CamelContext contextWith(Map<String, String> settings) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        Properties properties = new Properties();
        properties.putAll(settings);
        camel.getPropertiesComponent().setOverrideProperties(properties);
        camel.addComponent("kartra", context.getComponent("kartra"));
        camel.addRoutes(new KartraRedeliveryRouteConfiguration());
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:tag").routeConfigurationId(KartraRedeliveryRouteConfiguration.ID).to("kartra:assignTag?tagName=VIP Customer");
            }
        });
        camel.start();
        return camel;
    }
}
