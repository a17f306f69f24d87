package io.camelkartra.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;

import io.camelkartra.KartraComponent;
import io.camelkartra.KartraConstants;
import io.camelkartra.KartraOperation;
import io.camelkartra.KartraRequestProcessor;
import io.camelkartra.KartraResponseProcessor;
import io.camelkartra.model.KartraRequest;
import io.camelkartra.model.Lead;
import io.camelkartra.simulator.SimulatorCredentials;
import io.camelkartra.simulator.KartraSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;

/**
 * A Kartra simulator on loopback (plain HTTP) and a Camel context with one route per way of calling it, plus a JDK
 * HTTP client: everything a benchmark measures, started once per trial.
 * <p>
 * The ways do the same two calls: get_lead of one lead, and create_lead chained with two tags and a list. The
 * component routes, the plain {@code http:} routes and the routes of the component's processors around {@code http:}
 * are all {@code direct:} routes, so the Camel overhead outside the call itself is the same. The routes the
 * {@link SyncScenario} styles use are here too.
 */
final class BenchmarkEnvironment implements AutoCloseable {

    /** The demo lead every get_lead reads. */
    static final String EXISTING_LEAD = "john.smith@example.com";

    private final KartraSimulator simulator;
    private final CamelContext camel;
    private final ProducerTemplate template;
    private final HttpClient jdkClient;
    private final HandBuiltCalls handBuilt;
    private final URI apiUri;

    /**
     * @param simulatorRateLimit calls per second the simulator allows per App; 0 = no limit
     * @param componentRateLimit the component's {@code rateLimit}; 0 = off
     */
    BenchmarkEnvironment(int simulatorRateLimit, int componentRateLimit) throws Exception {
        simulator = KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(simulatorRateLimit).build().start();
        apiUri = URI.create(simulator.baseUrl());
        handBuilt = new HandBuiltCalls(simulator.demoCredentials());

        camel = new DefaultCamelContext();
        camel.addComponent("kartra", kartraComponent(camel, simulator, componentRateLimit));
        String tagNames = String.join(",", SyncScenario.TAGS);
        String httpUri = simulator.baseUrl() + "?throwExceptionOnFailure=false&httpMethod=POST";
        SimulatorCredentials credentials = simulator.demoCredentials();
        KartraRequestProcessor form = new KartraRequestProcessor(credentials.appId(), credentials.apiKey(), credentials.apiPassword());
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                componentCallRoutes(this);
                from("direct:kartra-call").to("kartra:call");
                // one action per call: the operation comes from the CamelKartraOperation header
                from("direct:kartra-single").to("kartra:getLead");
                from("direct:kartra-upsert-createFirst").to("kartra:upsertLead?tagNames=RAW(" + tagNames
                                                            + ")&listNames=RAW(" + SyncScenario.LIST + ")");
                from("direct:kartra-upsert-editFirst").to("kartra:upsertLead?upsertStrategy=editFirst"
                                                          + "&tagNames=RAW(" + tagNames + ")&listNames=RAW(" + SyncScenario.LIST + ")");

                from("direct:http-getLead")
                        .process(e -> e.getMessage().setBody(handBuilt.getLeadBody(e.getMessage().getBody(String.class))))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/x-www-form-urlencoded"))
                        .to(httpUri)
                        .process(e -> e.getMessage().setBody(HandBuiltCalls.leadIdOfGetLead(e.getMessage().getBody(byte[].class))));
                from("direct:http-createLead")
                        .process(e -> e.getMessage().setBody(handBuilt.createLeadBody(e.getMessage().getBody(String.class))))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/x-www-form-urlencoded"))
                        .to(httpUri)
                        .process(e -> e.getMessage().setBody(HandBuiltCalls.leadIdOfCreateLead(e.getMessage().getBody(byte[].class))));

                // the component's wire format and typed reading around the blocking http component
                from("direct:processors-getLead")
                        .process(form)
                        .to(httpUri)
                        .process(new KartraResponseProcessor().operation(KartraOperation.getLead));
                from("direct:processors-createLead")
                        .process(form)
                        .to(httpUri)
                        .process(new KartraResponseProcessor());
            }
        });
        // the http component's own retries would replay a POST after a 429 or 503: off, as the component docs advise
        camel.getComponent("http", HttpComponent.class).setAutomaticRetriesDisabled(true);
        camel.start();
        template = camel.createProducerTemplate();
        jdkClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The routes of the component's two benchmarked calls: direct:kartra-getLead and direct:kartra-createLead. */
    static void componentCallRoutes(RouteBuilder routes) {
        routes.from("direct:kartra-getLead").to("kartra:getLead");
        routes.from("direct:kartra-createLead").to("kartra:createLead?tagNames=RAW(" + String.join(",", SyncScenario.TAGS)
                                                   + ")&listNames=RAW(" + SyncScenario.LIST + ")");
    }

    /** The kartra component pointed at the simulator, with this {@code rateLimit} and without the account inventory. */
    static KartraComponent kartraComponent(CamelContext camel, KartraSimulator simulator, int rateLimit) {
        KartraComponent kartra = new KartraComponent();
        kartra.setRateLimit(rateLimit);
        // The figures compare calls, so the account inventory's five retrieve_* loads per refresh interval stay out of them.
        kartra.getConfiguration().setInventory(false);
        PropertyBindingSupport.build().withCamelContext(camel).withTarget(kartra).withOptionPrefix("camel.component.kartra.")
                .withProperties(new LinkedHashMap<>(simulator.camelProperties())).bind();
        return kartra;
    }

    KartraSimulator simulator() {
        return simulator;
    }

    ProducerTemplate template() {
        return template;
    }

    /** kartra:getLead; the typed lead. */
    Lead componentGetLead(String email) {
        return template.requestBody("direct:kartra-getLead", email, Lead.class);
    }

    /** kartra:createLead?tagNames=…&amp;listNames=…; the new lead's id. */
    String componentCreateLead(String email) {
        return template.request("direct:kartra-createLead", e -> e.getMessage().setBody(Lead.ofEmail(email)))
                .getMessage().getHeader(KartraConstants.LEAD_ID, String.class);
    }

    /** A hand-built get_lead form through the http component, the reply read with Jackson; the lead's id. */
    String httpRouteGetLead(String email) {
        return template.requestBody("direct:http-getLead", email, String.class);
    }

    /** A hand-built create_lead chain through the http component; the new lead's id. */
    String httpRouteCreateLead(String email) {
        return template.requestBody("direct:http-createLead", email, String.class);
    }

    /** A get_lead request through KartraRequestProcessor, http and KartraResponseProcessor; the typed lead. */
    Lead processorsGetLead(String email) {
        return template.requestBody("direct:processors-getLead", KartraRequest.getLead(Lead.ofEmail(email)), Lead.class);
    }

    /** The create_lead chain through KartraRequestProcessor, http and KartraResponseProcessor; the new lead's id. */
    String processorsCreateLead(String email) {
        KartraRequest.Builder chain = KartraRequest.forLead(Lead.ofEmail(email)).createLead();
        SyncScenario.TAGS.forEach(chain::assignTag);
        KartraRequest request = chain.subscribeLeadToList(SyncScenario.LIST).build();
        return template.request("direct:processors-createLead", e -> e.getMessage().setBody(request))
                .getMessage().getHeader(KartraConstants.LEAD_ID, String.class);
    }

    /** A hand-built get_lead form sent with java.net.http.HttpClient; the lead's id. */
    String jdkGetLead(String email) throws Exception {
        return HandBuiltCalls.leadIdOfGetLead(jdkPost(handBuilt.getLeadBody(email)));
    }

    /** A hand-built create_lead chain sent with java.net.http.HttpClient; the new lead's id. */
    String jdkCreateLead(String email) throws Exception {
        return HandBuiltCalls.leadIdOfCreateLead(jdkPost(handBuilt.createLeadBody(email)));
    }

    private byte[] jdkPost(String form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(apiUri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return jdkClient.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    @Override
    public void close() throws Exception {
        try {
            camel.close();
        } finally {
            simulator.close();
        }
    }
}
