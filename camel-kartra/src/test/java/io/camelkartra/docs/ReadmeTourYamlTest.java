package io.camelkartra.docs;

import io.camelkartra.support.SimulatorDocsTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The YAML blocks of the README's tour and of the component page's quick start, loaded as Camel Main loads them. */
class ReadmeTourYamlTest extends SimulatorDocsTestSupport {

    @Test
    void theYamlRouteUpsertsTheLeadWithItsTagAndList() throws Exception {
        loadYamlRoutes("docs/tour/new-customer.camel.yaml");

        template.sendBody("direct:new-customer", "ann@example.com");

        assertThat(lead("ann@example.com").tags()).containsExactly("VIP Customer");
        assertThat(lead("ann@example.com").lists()).containsExactly("Newsletter");
        assertThat(simulator().calls().total()).isEqualTo(1);
    }

    @Test
    void aYamlRouteConfigurationBranchesOnTheMessageType() throws Exception {
        loadYamlRoutes("docs/tour/deleted-leads.camel.yaml");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:tag").to("kartra:assignTag?tagName=VIP Customer");
                from("direct:deleted-leads").to("mock:deleted-leads");
            }
        });
        getMockEndpoint("mock:deleted-leads").expectedBodiesReceived("deleted.lead@example.com");

        template.sendBody("direct:tag", "deleted.lead@example.com");

        MockEndpoint.assertIsSatisfied(context);
    }
}
