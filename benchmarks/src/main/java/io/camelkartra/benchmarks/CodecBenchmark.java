package io.camelkartra.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelkartra.KartraOperation;
import io.camelkartra.KartraRequestProcessor;
import io.camelkartra.KartraResponseProcessor;
import io.camelkartra.model.CustomField;
import io.camelkartra.model.KartraRequest;
import io.camelkartra.model.Lead;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.SimulatorCredentials;
import io.camelkartra.simulator.state.Account;
import io.camelkartra.simulator.state.CustomFieldType;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * The component's wire code alone, no network, through its public entry points for plain http calls: the form body
 * of a createLead (two tags, one list) for a lead with 20 custom fields ({@link KartraRequestProcessor}), and reading
 * the get_lead reply of that same lead to a typed {@code Lead} ({@link KartraResponseProcessor}, which the producer's
 * reading shares). Run with {@code -prof gc} for the bytes allocated per operation. The reply is the simulator's real
 * answer for a lead created from the encoded body, so the encoder's output is checked to be accepted before anything
 * is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
public class CodecBenchmark {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String EMAIL = "twenty.fields@example.com";

    private KartraRequest createLeadRequest;
    private CamelContext camel;
    private KartraRequestProcessor encoder;
    private final KartraResponseProcessor getLeadReader = new KartraResponseProcessor().operation(KartraOperation.getLead);
    private byte[] getLeadReply;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        Lead lead = leadWithTwentyCustomFields();
        KartraRequest.Builder builder = KartraRequest.forLead(lead).createLead();
        SyncScenario.TAGS.forEach(builder::assignTag);
        createLeadRequest = builder.subscribeLeadToList(SyncScenario.LIST).build();
        camel = new DefaultCamelContext();
        camel.start();

        try (KartraSimulator simulator = KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0).build().start()) {
            SimulatorCredentials demo = simulator.demoCredentials();
            encoder = new KartraRequestProcessor(demo.appId(), demo.apiKey(), demo.apiPassword());
            Account account = simulator.state().account(demo.apiKey());
            for (int i = 6; i <= 20; i++) {
                account.addCustomField("field_" + i, CustomFieldType.INPUT_FIELD);
            }
            HttpClient client = HttpClient.newHttpClient();
            URI api = URI.create(simulator.baseUrl());
            JsonNode created = MAPPER.readTree(post(client, api, encodeCreateLead()));
            if (!"Success".equals(created.path("status").asText())) {
                throw new IllegalStateException("the simulator refused the encoded create_lead: " + created);
            }
            getLeadReply = post(client, api, encode(KartraRequest.getLead(Lead.ofEmail(EMAIL))));
        }
        Lead parsed = (Lead) parseGetLeadReply();
        if (parsed.getCustomFields().size() != 20) {
            throw new IllegalStateException("expected a get_lead reply with 20 custom fields, got " + parsed.getCustomFields().size());
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        camel.close();
    }

    /** The form body of a request already built. */
    @Benchmark
    public String encodeCreateLead() throws Exception {
        return encode(createLeadRequest);
    }

    /** The get_lead reply of the 20-field lead to a typed Lead, with the reply headers set. */
    @Benchmark
    public Object parseGetLeadReply() throws Exception {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        exchange.getMessage().setBody(getLeadReply);
        getLeadReader.process(exchange);
        return exchange.getMessage().getBody();
    }

    /** Baseline: the same reply to a Jackson tree, which is what hand-written code does. */
    @Benchmark
    public JsonNode jacksonTreeGetLeadReply() throws Exception {
        return MAPPER.readTree(getLeadReply);
    }

    private String encode(KartraRequest request) throws Exception {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(request);
        encoder.process(exchange);
        return exchange.getMessage().getBody(String.class);
    }
    private static Lead leadWithTwentyCustomFields() {
        Lead lead = Lead.ofEmail(EMAIL);
        lead.setFirstName("Twenty");
        lead.setLastName("Fields");
        lead.setPhone("+1 555 0100");
        lead.setCity("São Paulo");
        lead.addCustomField(CustomField.text("text1", "a short text & some symbols: 100%"));
        lead.addCustomField(CustomField.text("support_notes", "Several lines of notes.\nSecond line, with ümlauts."));
        lead.addCustomField(CustomField.option("plan_choice", "602"));
        lead.addCustomField(CustomField.option("gender", "605"));
        lead.addCustomField(CustomField.options("interests", "606", "608"));
        for (int i = 6; i <= 20; i++) {
            lead.addCustomField(CustomField.text("field_" + i, "value number " + i));
        }
        return lead;
    }

    private static byte[] post(HttpClient client, URI api, String form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(api).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.US_ASCII)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
    }
}
