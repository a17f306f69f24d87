package io.camelkartra.quarkus.it;

import io.camelkartra.KartraComponent;
import io.camelkartra.KartraConfiguration;
import io.camelkartra.KartraEndpoint;
import io.camelkartra.simulator.KartraSimulator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application of this module in JVM mode against the Kartra simulator: the YAML route calls Kartra over HTTP with
 * the component configured from application.properties, whose credentials are config expressions resolved from the
 * environment (here, the test resource).
 */
@QuarkusTest
@QuarkusTestResource(KartraSimulatorResource.class)
class KartraQuarkusTest {

    @InjectKartraSimulator
    KartraSimulator simulator;
    @Inject
    CamelContext camelContext;
    @Inject
    ProducerTemplate template;

    @Test
    void yamlRouteTagsTheLeadInKartra() {
        template.sendBody("direct:tag-lead", "jane.doe@example.com");

        assertThat(simulator.state().account(simulator.demoCredentials().apiKey()).lead("jane.doe@example.com"))
                .hasValueSatisfying(lead -> assertThat(lead.tags()).contains("VIP Customer"));
    }

    @Test
    void applicationPropertiesConfigureTheComponent() {
        KartraConfiguration defaults = camelContext.getComponent("kartra", KartraComponent.class).getConfiguration();

        assertThat(defaults.getApiKey()).isEqualTo(simulator.demoCredentials().apiKey());
        assertThat(defaults.getBaseUrl()).isEqualTo(simulator.baseUrl());
        assertThat(defaults.getRequestTimeout()).isEqualTo(7000);
    }

    @Test
    void yamlRouteEndpointStartsFromTheComponentConfiguration() {
        KartraEndpoint endpoint = camelContext.getEndpoints().stream()
                .filter(KartraEndpoint.class::isInstance).map(KartraEndpoint.class::cast)
                .findFirst().orElseThrow();

        assertThat(endpoint.getConfiguration().getTagName()).isEqualTo("VIP Customer");
        assertThat(endpoint.getConfiguration().getRequestTimeout()).isEqualTo(7000);
    }
}
