package io.camelkartra;

import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.RecordedRequest;
import io.camelkartra.simulator.Reply;
import io.camelkartra.support.Fixtures;
import org.apache.camel.CamelContext;
import org.apache.camel.CatalogCamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.main.Main;
import org.apache.camel.spi.EndpointUriFactory;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the component is configured: component-level defaults, properties, YAML, the generated metadata. The calls go to
 * the simulator with the wire fixtures' credentials, which it does not know: a scripted success answers the call under
 * test, and Kartra's own refusal the account inventory's reads.
 */
class KartraComponentConfigurationTest {

    private static final Reply SUCCESS = Reply.json("{\"status\":\"Success\",\"message\":\"Tag added to lead\",\"type\":\"103\"}");

    private static KartraSimulator startSimulator() {
        return KartraSimulator.builder().httpPort(0).allowPlainHttp(true).build().start();
    }

    /** The one request that submitted {@code cmd}. */
    private static RecordedRequest sentWith(KartraSimulator simulator, String cmd) {
        return simulator.calls().recorded().stream().map(call -> call.request()).filter(r -> r.commands().contains(cmd))
                .reduce((first, second) -> {
                    throw new AssertionError("more than one " + cmd + " call");
                }).orElseThrow(() -> new AssertionError("no " + cmd + " call"));
    }

    @Test
    void missingCredentialsFailEndpointCreationNamingTheOption() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            assertThatThrownBy(() -> context.getEndpoint("kartra:assignTag?appId=a&apiKey=b"))
                    .isInstanceOf(ResolveEndpointFailedException.class)
                    .hasRootCauseMessage("The Kartra option apiPassword is required: set it on the endpoint or, better, for the whole "
                                         + "component (camel.component.kartra.api-password)");
        }
    }

    @Test
    void unknownOperationsListTheValidOnes() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            assertThatThrownBy(() -> context.getEndpoint("kartra:tagLead?appId=a&apiKey=b&apiPassword=c"))
                    .isInstanceOf(ResolveEndpointFailedException.class)
                    .rootCause()
                    .hasMessageContaining("Unknown Kartra operation 'tagLead'")
                    .hasMessageContaining("assignTag, unassignTag")
                    .hasMessageContaining("editSubscription, upsertLead, call, events, ipn");
        }
    }

    @Test
    void plainHttpIsRefusedUnlessAllowed() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            assertThatThrownBy(() -> context.getEndpoint("kartra:getLead?appId=a&apiKey=b&apiPassword=c&baseUrl=http://localhost:1/api"))
                    .rootCause()
                    .hasMessageContaining("plain http")
                    .hasMessageContaining("allowPlainHttp=true");
            assertThat(context.getEndpoint("kartra:getLead?appId=a&apiKey=b&apiPassword=c&baseUrl=http://localhost:1/api"
                                           + "&allowPlainHttp=true")).isNotNull();
        }
    }

    @Test
    void componentConfigurationIsTheDefaultAndEndpointsWorkOnCopies() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            KartraComponent component = new KartraComponent();
            component.getConfiguration().setAppId("app");
            component.getConfiguration().setApiKey("key");
            component.getConfiguration().setApiPassword("password");
            component.getConfiguration().setTagName("Default");
            context.addComponent("kartra", component);
            context.start();

            KartraEndpoint defaults = context.getEndpoint("kartra:assignTag", KartraEndpoint.class);
            KartraEndpoint overridden = context.getEndpoint("kartra:unassign_tag?tagName=Other&requestTimeout=7s", KartraEndpoint.class);

            assertThat(defaults.getConfiguration().getTagName()).isEqualTo("Default");
            assertThat(overridden.getConfiguration().getTagName()).isEqualTo("Other");
            assertThat(overridden.getConfiguration().getOperation()).isEqualTo(KartraOperation.unassignTag);
            assertThat(overridden.getConfiguration().getRequestTimeout()).isEqualTo(7000);
            assertThat(component.getConfiguration().getTagName()).isEqualTo("Default");
        }
    }

    @Test
    void camelMainBindsComponentPropertiesAndLoadsYamlRoutes() throws Exception {
        try (KartraSimulator simulator = startSimulator()) {
            simulator.enqueue(SUCCESS.forCommand("assign_tag"));
            Main main = new Main();
            main.addInitialProperty("camel.component.kartra.app-id", Fixtures.APP_ID);
            main.addInitialProperty("camel.component.kartra.api-key", Fixtures.API_KEY);
            main.addInitialProperty("camel.component.kartra.api-password", Fixtures.API_PASSWORD);
            main.addInitialProperty("camel.component.kartra.base-url", simulator.baseUrl());
            main.addInitialProperty("camel.component.kartra.allow-plain-http", "true");
            main.addInitialProperty("camel.component.kartra.connect-timeout", "3s");
            main.addInitialProperty("camel.main.routes-include-pattern", "classpath:routes/tag-lead.camel.yaml");
            main.start();
            try {
                CamelContext context = main.getCamelContext();
                ProducerTemplate template = context.createProducerTemplate();
                template.sendBodyAndHeader("direct:tag-lead", null, KartraConstants.LEAD_EMAIL, "o'brien+tag@example.co.uk");

                RecordedRequest sent = sentWith(simulator, "assign_tag");
                assertThat(sent.body()).startsWith(RecordedRequest.maskCredentials(
                        "app_id=AbCdEfGhIjKl&api_key=xYz12345&api_password=pAsSwOrD1234&lead%5Bemail%5D=o%27brien%2Btag%40example.co.uk"));
                assertThat(sent.sentCredentials(Fixtures.CREDENTIALS)).isTrue();
                KartraComponent component = context.getComponent("kartra", KartraComponent.class);
                assertThat(component.getConfiguration().getConnectTimeout()).isEqualTo(3000);
                KartraEndpoint endpoint = (KartraEndpoint) context.getEndpoints().stream()
                        .filter(e -> e instanceof KartraEndpoint).findFirst().orElseThrow();
                assertThat(endpoint.getConfiguration().getRequestTimeout()).isEqualTo(7000);
            } finally {
                main.stop();
            }
        }
    }

    @Test
    void yamlRoutesLoadedIntoAContext() throws Exception {
        try (KartraSimulator simulator = startSimulator(); CamelContext context = new DefaultCamelContext()) {
            simulator.enqueue(SUCCESS.forCommand("subscribe_lead_to_list"));
            KartraComponent component = new KartraComponent();
            component.getConfiguration().setAppId(Fixtures.APP_ID);
            component.getConfiguration().setApiKey(Fixtures.API_KEY);
            component.getConfiguration().setApiPassword(Fixtures.API_PASSWORD);
            component.getConfiguration().setBaseUrl(simulator.baseUrl());
            component.getConfiguration().setAllowPlainHttp(true);
            context.addComponent("kartra", component);
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("inline.yaml", """
                    - from:
                        uri: direct:yaml
                        steps:
                          - to:
                              uri: kartra:subscribeLeadToList
                              parameters:
                                listName: Newsletter
                    """));
            context.start();

            context.createProducerTemplate().sendBody("direct:yaml", "jane@example.com");

            assertThat(sentWith(simulator, "subscribe_lead_to_list").body()).endsWith(
                    "&lead%5Bemail%5D=jane%40example.com&actions%5B0%5D%5Bcmd%5D=subscribe_lead_to_list"
                                                            + "&actions%5B0%5D%5Blist_name%5D=Newsletter");
        }
    }

    @Test
    void generatedMetadataIsFoundAtRuntime() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            String json = ((CatalogCamelContext) context).getComponentParameterJsonSchema("kartra");
            EndpointUriFactory uriFactory = context.getCamelContextExtension().getEndpointUriFactory("kartra");

            assertThat(uriFactory.secretPropertyNames()).contains("apiKey", "apiPassword", "appId", "proxyAuthPassword");
            assertThat(uriFactory.propertyNames()).contains("operation", "tagName", "tagNames", "baseUrl", "requestTimeout");
            assertThat(PluginHelper.getConfigurerResolver(context).resolvePropertyConfigurer("kartra-endpoint", context)).isNotNull();
            assertThat(PluginHelper.getConfigurerResolver(context).resolvePropertyConfigurer("kartra-component", context)).isNotNull();
            assertThat(json).contains("\"scheme\": \"kartra\"", "\"CamelKartraTagName\"", "\"secret\": true");
        }
    }

    @Test
    void toStringsShowNoCredentials() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            KartraEndpoint endpoint = context.getEndpoint(
                    "kartra:assignTag?appId=AppIdSecret1&apiKey=KeySecret&apiPassword=PasswordSecret&tagName=VIP", KartraEndpoint.class);

            assertThat(endpoint.toString() + endpoint.getConfiguration().toString())
                    .doesNotContain("AppIdSecret1", "KeySecret", "PasswordSecret");
        }
    }
}
