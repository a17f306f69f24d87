package io.camelkartra.kamelets;

import java.util.Properties;

import io.camelkartra.KartraComponent;
import io.camelkartra.KartraConstants;
import io.camelkartra.KartraLeadNotFoundException;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.SimulatorCredentials;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kartra-sink loaded from the classpath by camel-kamelet (Camel 4.17.0) calls the Kartra simulator over HTTP, with its
 * credentials given the Camel K way: camel.kamelet.kartra-sink.* properties, which Camel K fills from a Secret.
 */
class KartraSinkKameletTest extends CamelTestSupport {

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension(
            () -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0));

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        SimulatorCredentials credentials = KARTRA.simulator().demoCredentials();
        Properties properties = new Properties();
        // tag::properties[]
        properties.setProperty("camel.kamelet.kartra-sink.appId", credentials.appId());
        properties.setProperty("camel.kamelet.kartra-sink.apiKey", credentials.apiKey());
        properties.setProperty("camel.kamelet.kartra-sink.apiPassword", credentials.apiPassword());
        // end::properties[]
        properties.setProperty("camel.kamelet.kartra-sink.baseUrl", KARTRA.simulator().baseUrl());
        properties.setProperty("camel.kamelet.kartra-sink.allowPlainHttp", "true");
        return properties;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // these tests count Kartra calls per message: no retrieve calls for the account inventory
        context.getComponent("kartra", KartraComponent.class).getConfiguration().setInventory(false);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // tag::routes[]
                from("direct:tag-vip")
                        .to("kamelet:kartra-sink?operation=assignTag&tagName=VIP Customer");

                // The caller's onException sees the typed exception only with noErrorHandler=true.
                from("direct:lookup-own-error-handling")
                        .onException(KartraLeadNotFoundException.class).handled(true).to("mock:lead-not-found").end()
                        .to("kamelet:kartra-sink?operation=getLead&noErrorHandler=true");

                // The default (noErrorHandler=false): the Kamelet's route handles the failure with the caller's error
                // handler, and the caller's onException clauses never run.
                from("direct:lookup-default")
                        .onException(KartraLeadNotFoundException.class).handled(true).to("mock:lead-not-found").end()
                        .to("kamelet:kartra-sink?operation=getLead");
                // end::routes[]
            }
        };
    }

    /** The YAML integration, loaded as Camel K loads an integration file. */
    @Override
    protected void doPostSetup() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(PluginHelper.getResourceLoader(context).resolveResource("classpath:integrations/welcome-lead.camel.yaml"));
    }

    private String apiKey() {
        return KARTRA.simulator().demoCredentials().apiKey();
    }

    @Test
    void bodyEmailIsTaggedInKartra() {
        template.sendBody("direct:tag-vip", "jane.doe@example.com");

        assertThat(KARTRA.simulator().state().account(apiKey()).lead("jane.doe@example.com"))
                .hasValueSatisfying(lead -> assertThat(lead.tags()).contains("VIP Customer"));
    }

    @Test
    void yamlIntegrationUpsertsTheLeadWithTagsAndLists() {
        template.sendBody("direct:welcome-lead", "{\"email\":\"new.lead@example.com\",\"first_name\":\"New\"}");

        assertThat(KARTRA.simulator().state().account(apiKey()).lead("new.lead@example.com")).hasValueSatisfying(lead -> {
            assertThat(lead.firstName()).isEqualTo("New");
            assertThat(lead.tags()).containsExactly("Webinar Attendee");
            assertThat(lead.lists()).containsExactly("Newsletter");
        });
    }

    @Test
    void leadEmailHeaderWinsOverTheBody() {
        template.sendBodyAndHeader("direct:tag-vip", "{\"first_name\":\"Ignored\"}", "lead-email", "john.smith@example.com");
        template.sendBodyAndHeader("direct:tag-vip", "{}", "ce-leademail", "jane.doe@example.com");

        assertThat(KARTRA.simulator().calls().total()).isEqualTo(2);
        assertThat(KARTRA.simulator().state().account(apiKey()).lead("jane.doe@example.com"))
                .hasValueSatisfying(lead -> assertThat(lead.tags()).contains("VIP Customer"));
    }

    @Test
    void repliesComeBackWithKartraHeaders() {
        Exchange reply = template.request("direct:tag-vip", e -> e.getMessage().setBody("john.smith@example.com"));

        assertThat(reply.getException()).isNull();
        assertThat(reply.getMessage().getHeader(KartraConstants.STATUS)).isEqualTo("Success");
    }

    @Test
    void withNoErrorHandlerTheCallersOnExceptionHandlesTheTypedException() throws Exception {
        MockEndpoint notFound = getMockEndpoint("mock:lead-not-found");
        notFound.expectedMessageCount(1);

        Exchange reply = template.request("direct:lookup-own-error-handling", e -> e.getMessage().setBody("nobody@example.com"));

        notFound.assertIsSatisfied();
        assertThat(reply.getException()).isNull();
        assertThat(notFound.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT))
                .isInstanceOf(KartraLeadNotFoundException.class);
    }

    @Test
    void byDefaultTheCallersOnExceptionIsSkippedAndTheExchangeFails() throws Exception {
        MockEndpoint notFound = getMockEndpoint("mock:lead-not-found");
        notFound.expectedMessageCount(0);

        Exchange reply = template.request("direct:lookup-default", e -> e.getMessage().setBody("nobody@example.com"));

        notFound.assertIsSatisfied();
        assertThat(reply.getException()).isInstanceOf(KartraLeadNotFoundException.class);
    }
}
