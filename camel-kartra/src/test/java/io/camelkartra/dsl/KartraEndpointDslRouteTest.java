package io.camelkartra.dsl;

import io.camelkartra.KartraConstants;
import io.camelkartra.KartraEndpoint;
import io.camelkartra.support.KartraSimulatorTestSupport;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A route written with the Endpoint DSL builder reaches Kartra with the options it set. */
class KartraEndpointDslRouteTest extends KartraSimulatorTestSupport {

    // tag::routes[]
    /** Mix KartraBuilders into an EndpointRouteBuilder to get kartra(...) next to Camel's own builders. */
    static class TagVipRoutes extends EndpointRouteBuilder implements KartraEndpointBuilderFactory.KartraBuilders {
        @Override
        public void configure() {
            from(direct("tag-vip"))
                    .setHeader(kartra().kartraLeadEmail(), body())
                    .to(kartra("assignTag").tagName("VIP Customer")
                            .advanced().requestTimeout("7s").rateLimitRetries(1));
        }
    }
    // end::routes[]

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new TagVipRoutes();
    }

    @Test
    void builderOptionsReachTheWire() {
        simulator().enqueue(SUCCESS);
        template.sendBody("direct:tag-vip", "jane@example.com");

        assertSentAs(lastRequest(), "app_id=AbCdEfGhIjKl&api_key=xYz12345&api_password=pAsSwOrD1234"
                                    + "&lead%5Bemail%5D=jane%40example.com"
                                    + "&actions%5B0%5D%5Bcmd%5D=assign_tag"
                                    + "&actions%5B0%5D%5Btag_name%5D=VIP+Customer");
    }

    @Test
    void advancedOptionsAreConvertedLikeUriOptions() {
        KartraEndpoint endpoint = context.getEndpoints().stream()
                .filter(KartraEndpoint.class::isInstance).map(KartraEndpoint.class::cast)
                .findFirst().orElseThrow();

        assertThat(endpoint.getConfiguration().getRequestTimeout()).isEqualTo(7000);
        assertThat(endpoint.getConfiguration().getRateLimitRetries()).isEqualTo(1);
        assertThat(endpoint.getConfiguration().getTagName()).isEqualTo("VIP Customer");
    }

    @Test
    void headerNameBuilderNamesTheComponentHeaders() {
        KartraEndpointBuilderFactory.KartraHeaderNameBuilder headers = new TagVipRoutes().kartra();

        assertThat(headers.kartraLeadEmail()).isEqualTo(KartraConstants.LEAD_EMAIL);
        assertThat(headers.kartraMessageType()).isEqualTo(KartraConstants.MESSAGE_TYPE);
    }

    @Test
    void consumerOperationsGetConsumerOptions() {
        String uri = new TagVipRoutes().kartra("events").token("{{kartra.token}}").events("buy_product").getRawUri();

        assertThat(uri).isEqualTo("kartra://events?events=buy_product&token={{kartra.token}}");
    }
}
