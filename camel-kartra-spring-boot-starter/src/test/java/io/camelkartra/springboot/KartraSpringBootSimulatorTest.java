package io.camelkartra.springboot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.camelkartra.KartraEndpoint;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.SimulatorCredentials;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.stereotype.Component;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot application whose route calls the Kartra simulator over HTTP with the component configured only from
 * Spring: application.properties (timeouts), a config tree (credentials, as a mounted Kubernetes Secret would give
 * them) and the simulator's URL.
 */
@SpringBootTest(classes = { KartraTestApplication.class, KartraSpringBootSimulatorTest.LeadRoutes.class },
                properties = "spring.config.import=optional:configtree:" + KartraSpringBootSimulatorTest.SECRETS + "/")
class KartraSpringBootSimulatorTest {

    static final String SECRETS = "target/kartra-secrets";

    private static KartraSimulator simulator;

    // tag::routes[]
    /** The application's route: no credentials, no URL, only what the call is about. */
    @Component
    static class LeadRoutes extends RouteBuilder {
        @Override
        public void configure() {
            from("direct:tag-vip")
                    .to("kartra:assignTag?tagName=VIP Customer");
        }
    }
    // end::routes[]

    @BeforeAll
    static void startSimulatorAndWriteSecrets() throws IOException {
        simulator = KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0).build().start();
        SimulatorCredentials credentials = simulator.demoCredentials();
        // tag::secrets[]
        Path secrets = Files.createDirectories(Path.of(SECRETS));
        Files.writeString(secrets.resolve("camel.component.kartra.app-id"), credentials.appId());
        Files.writeString(secrets.resolve("camel.component.kartra.api-key"), credentials.apiKey());
        Files.writeString(secrets.resolve("camel.component.kartra.api-password"), credentials.apiPassword());
        // end::secrets[]
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @DynamicPropertySource
    static void simulatorUrl(DynamicPropertyRegistry registry) {
        registry.add("camel.component.kartra.base-url", () -> simulator.baseUrl());
        registry.add("camel.component.kartra.allow-plain-http", () -> "true");
        // routeTagsTheLeadInKartra counts one call per message: no retrieve calls for the account inventory
        registry.add("camel.component.kartra.inventory", () -> "false");
    }

    @Autowired
    private ProducerTemplate template;
    @Autowired
    private CamelContext camelContext;

    @Test
    void routeTagsTheLeadInKartra() {
        template.sendBody("direct:tag-vip", "jane.doe@example.com");

        assertThat(simulator.state().account(simulator.demoCredentials().apiKey()).lead("jane.doe@example.com"))
                .hasValueSatisfying(lead -> assertThat(lead.tags()).contains("VIP Customer", "Newsletter Reader"));
        assertThat(simulator.calls().total()).isEqualTo(1);
    }

    @Test
    void durationsFromApplicationPropertiesReachTheEndpoint() {
        KartraEndpoint endpoint = camelContext.getEndpoint("kartra:assignTag?tagName=VIP Customer", KartraEndpoint.class);

        assertThat(endpoint.getConfiguration().getRequestTimeout()).isEqualTo(7000);
        assertThat(endpoint.getConfiguration().getConnectTimeout()).isEqualTo(2000);
    }
}
