package io.camelkartra;

import io.camelkartra.support.KartraRedeliveryTestSupport;
import org.apache.camel.builder.RouteBuilder;

/**
 * The redelivery recipe written in the route, as the docs show it for routes that do not use the shipped
 * {@link KartraRedeliveryRouteConfiguration}: retryWhile on isRetryable(), evaluated at every failure.
 */
class KartraRedeliveryRouteTest extends KartraRedeliveryTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:dead").useOriginalMessage());

                onException(KartraException.class)
                        .retryWhile(simple("${exception.retryable} == true && ${header.CamelRedeliveryCounter} <= 3"))
                        .redeliveryDelay(10).useExponentialBackOff();

                from("direct:tag").to("kartra:assignTag?tagName=VIP Customer");
                from("direct:points").to("kartra:givePointsToLead?points=5");
            }
        };
    }
}
