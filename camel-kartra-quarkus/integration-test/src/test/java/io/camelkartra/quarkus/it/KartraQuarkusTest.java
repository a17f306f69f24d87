package io.camelkartra.quarkus.it;

import io.camelkartra.KartraComponent;
import io.camelkartra.KartraConfiguration;
import io.camelkartra.KartraEndpoint;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application of this module in JVM mode: camel.component.kartra.* from application.properties (credentials from
 * config expressions) configures the component, and the YAML route's kartra endpoint starts from it.
 */
@QuarkusTest
@QuarkusTestResource(KartraCredentialsResource.class)
class KartraQuarkusTest {

    @Inject
    CamelContext camelContext;

    @Test
    void applicationPropertiesConfigureTheComponent() {
        KartraConfiguration defaults = camelContext.getComponent("kartra", KartraComponent.class).getConfiguration();

        assertThat(defaults.getAppId()).isEqualTo(KartraCredentialsResource.APP_ID);
        assertThat(defaults.getApiKey()).isEqualTo(KartraCredentialsResource.API_KEY);
        assertThat(defaults.getApiPassword()).isEqualTo(KartraCredentialsResource.API_PASSWORD);
        assertThat(defaults.getRequestTimeout()).isEqualTo(7000);
    }

    @Test
    void yamlRouteEndpointStartsFromTheComponentConfiguration() {
        KartraEndpoint endpoint = camelContext.getEndpoints().stream()
                .filter(KartraEndpoint.class::isInstance).map(KartraEndpoint.class::cast)
                .findFirst().orElseThrow();

        assertThat(endpoint.getConfiguration().getTagName()).isEqualTo("VIP Customer");
        assertThat(endpoint.getConfiguration().getTagNames()).isEqualTo("Newsletter Reader");
        assertThat(endpoint.getConfiguration().getRequestTimeout()).isEqualTo(7000);
    }
}
