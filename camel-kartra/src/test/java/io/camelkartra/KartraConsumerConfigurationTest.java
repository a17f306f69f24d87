package io.camelkartra;

import io.camelkartra.support.KartraFixtures;
import io.camelkartra.support.KartraHttpTestSupport;
import org.apache.camel.CatalogCamelContext;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the consumers are configured: required credentials, option checks, metadata, YAML routes. */
class KartraConsumerConfigurationTest extends KartraHttpTestSupport {

    @Test
    void missingCredentialsFailEndpointCreationNamingTheOption() {
        assertThatThrownBy(() -> context.getEndpoint("kartra:events"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasRootCauseMessage("The Kartra option token is required: set it on the endpoint or, better, for the whole "
                                     + "component (camel.component.kartra.token)");
        assertThatThrownBy(() -> context.getEndpoint("kartra:ipn?token=t"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause().hasMessageContaining("The Kartra option secretKey is required");
    }

    @Test
    void invalidOptionsFailEndpointCreation() {
        assertThatThrownBy(() -> context.getEndpoint("kartra:events?token=t&allowedAddresses=10.0.0.0/8,kartra.com"))
                .rootCause().hasMessageContaining("allowedAddresses: 'kartra.com' is not an IP address or a CIDR range");
        assertThatThrownBy(() -> context.getEndpoint("kartra:ipn?secretKey=s&maxBodySize=0"))
                .rootCause().hasMessage("maxBodySize must be at least 1");
        assertThatThrownBy(() -> context.getEndpoint("kartra:events?token=t&path=/"))
                .rootCause().hasMessageContaining("path must be an HTTP path");
    }

    @Test
    void consumerEndpointsNameTheirPathAndHideTheirCredentials() {
        KartraEndpoint events = context.getEndpoint("kartra:events?token=Hidden-Token-1&path=hooks/kartra", KartraEndpoint.class);

        assertThat(events.getServiceUrl()).isEqualTo("/hooks/kartra");
        assertThat(events.getServiceProtocol()).isEqualTo("http");
        assertThat(events.toString() + events.getConfiguration()).doesNotContain("Hidden-Token-1");
        assertThat(context.getEndpoint("kartra:ipn?secretKey=s", KartraEndpoint.class).getServiceUrl()).isEqualTo("/kartra/ipn");
    }

    @Test
    void producerOperationsCannotConsume() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kartra:assignTag?appId=a&apiKey=b&apiPassword=c").to("mock:never");
            }
        })).rootCause().hasMessageContaining("the consumers are kartra:events and kartra:ipn");
    }

    @Test
    void theGeneratedMetadataDocumentsTheConsumerHeaders() throws Exception {
        String json = ((CatalogCamelContext) context).getComponentParameterJsonSchema("kartra");

        assertThat(json).contains("CamelKartraEventAction", "CamelKartraTransactionType", "CamelKartraDeliveryKey");
        assertThat(context.getCamelContextExtension().getEndpointUriFactory("kartra").secretPropertyNames())
                .contains("token", "secretKey");
    }

    @Test
    void yamlRoutesConsume() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("events.camel.yaml", """
                - from:
                    uri: kartra:events
                    parameters:
                      path: /yaml/events
                      token: yaml-token
                      events: buy_product
                    steps:
                      - to: mock:yaml
                """));
        MockEndpoint yaml = getMockEndpoint("mock:yaml");
        yaml.expectedHeaderReceived(KartraConstants.TRANSACTION_ID, "738474");

        assertThat(post("/yaml/events?token=yaml-token", "application/json", KartraFixtures.event("buy-product")).statusCode()).isEqualTo(200);

        yaml.assertIsSatisfied();
    }
}
