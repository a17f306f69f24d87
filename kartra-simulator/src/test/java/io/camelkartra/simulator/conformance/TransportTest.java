package io.camelkartra.simulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelkartra.simulator.CallLog;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.Outcome;
import io.camelkartra.simulator.ReplyShape;
import io.camelkartra.simulator.support.KartraHttp;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** HTTPS versus plain HTTP (201), the certificate's trust material, paths, body limit and form decoding. */
class TransportTest {

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension(
            () -> KartraSimulator.builder().httpPort(0).httpsPort(0).rateLimit(0));

    private static final String GET_JOHN = KartraHttp.CREDENTIALS + "&get_lead%5Bemail%5D=john.smith%40example.com";

    @Test
    void httpsWorksAndPlainHttpIs201(KartraSimulator sim) {
        assertThat(sim.httpsBaseUrl()).startsWith("https://localhost:");
        assertThat(KartraHttp.tls(sim).post(GET_JOHN).path("lead_details").path("id").asText()).isEqualTo("1001");
        assertThat(KartraHttp.plain(sim).post(GET_JOHN).toString())
                .isEqualTo("{\"status\":\"Error\",\"message\":\"Connection not secure\",\"type\":\"201\"}");
        sim.settings().allowPlainHttp(true);
        assertThat(KartraHttp.plain(sim).post(GET_JOHN).path("status").asText()).isEqualTo("Success");
    }

    @Test
    void theTrustStoreFileTrustsTheCertificate(KartraSimulator sim) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(sim.trustStorePath())) {
            trust.load(in, sim.trustStorePassword().toCharArray());
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        HttpClient client = HttpClient.newBuilder().sslContext(context).build();
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    URI.create("https://" + host + ":" + sim.httpsPort() + "/api/"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(GET_JOHN)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(KartraHttp.parse(response.body()).path("status").asText()).isEqualTo("Success");
        }
    }

    @Test
    void onlyApiAndApiSlashAreTheApi(KartraSimulator sim) {
        KartraHttp https = KartraHttp.tls(sim);
        String base = "https://localhost:" + sim.httpsPort();
        assertThat(post(https, base + "/api/", GET_JOHN).statusCode()).isEqualTo(200);
        assertThat(post(https, base + "/apix", GET_JOHN).statusCode()).isEqualTo(404);
        assertThat(post(https, base + "/", GET_JOHN).statusCode()).isEqualTo(404);
    }

    @Test
    void withoutAFormContentTypePhpSeesNoPostFields(KartraSimulator sim) {
        KartraHttp https = KartraHttp.tls(sim);
        HttpResponse<String> noType = https.send(HttpRequest.newBuilder(URI.create(https.url()))
                .POST(HttpRequest.BodyPublishers.ofString(GET_JOHN)).build());
        assertThat(noType.body()).contains("\"type\":\"238\"");
        HttpResponse<String> get = https.send(HttpRequest.newBuilder(URI.create(https.url() + "?" + GET_JOHN)).GET().build());
        assertThat(get.body()).contains("\"type\":\"238\"");
    }

    @Test
    void credentialsFromTheQueryStringOnlyWhenEnabled(KartraSimulator sim) {
        KartraHttp https = KartraHttp.tls(sim);
        String url = https.url() + "?" + KartraHttp.CREDENTIALS;
        assertThat(post(https, url, "get_lead[email]=john.smith%40example.com").body()).contains("\"type\":\"238\"");
        sim.settings().credentialsFromQuery(true);
        assertThat(post(https, url, "get_lead[email]=john.smith%40example.com").body()).contains("\"lead_details\"");
    }

    @Test
    void bodiesOverTheLimitAre413AndChangeNothing(KartraSimulator sim) {
        sim.settings().maxBodyBytes(200);
        KartraHttp https = KartraHttp.tls(sim);
        String body = KartraHttp.CREDENTIALS + "&lead[email]=john.smith%40example.com&actions[0][cmd]=assign_tag"
                + "&actions[0][tag_name]=Lead+Magnet&lead[notes]=" + "x".repeat(300);
        assertThat(https.raw(body).statusCode()).isEqualTo(413);
        HttpResponse<String> chunked = https.send(HttpRequest.newBuilder(URI.create(https.url()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes()))).build());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(sim.state().account("DemoUser").lead("john.smith@example.com").orElseThrow().tags())
                .doesNotContain("Lead Magnet");
        assertThat(sim.calls().count(CallLog.NO_COMMAND, Outcome.BODY_TOO_LARGE)).isEqualTo(2);
        assertThat(https.raw(GET_JOHN).statusCode()).isEqualTo(200);
    }

    @Test
    void formDecodingFollowsPhp(KartraSimulator sim) {
        KartraHttp https = KartraHttp.tls(sim);
        https.post(KartraHttp.CREDENTIALS + "&lead[email]=j%C3%BCrgen%40example.com&lead[first_name]=J%C3%BCrgen+M%C3%BCller"
                + "&actions[0][cmd]=create_lead&actions%5B1%5D%5Bcmd%5D=assign_tag&actions%5B1%5D%5Btag_name%5D=VIP+Customer");
        var lead = sim.state().account("DemoUser").lead("jürgen@example.com").orElseThrow();
        assertThat(lead.firstName()).isEqualTo("Jürgen Müller");
        assertThat(lead.tags()).containsExactly("VIP Customer");
    }

    @Test
    void replyContentTypeIsConfigurable(KartraSimulator sim) {
        KartraHttp https = KartraHttp.tls(sim);
        assertThat(https.raw(GET_JOHN).headers().firstValue("Content-Type")).hasValue("application/json");
        sim.settings().replyContentType("text/html");
        assertThat(https.raw(GET_JOHN).headers().firstValue("Content-Type")).hasValue("text/html");
    }

    @Test
    void aReplyShapeChangesTheRenderingOfTheSameAnswer(KartraSimulator sim) {
        KartraHttp http = KartraHttp.tls(sim);
        sim.settings().replyShape(ReplyShape.VALUES_AS_NUMBERS);
        assertThat(http.post(GET_JOHN).path("lead_details").path("id").isIntegralNumber()).isTrue();
        sim.settings().replyShape(ReplyShape.LEAD_DETAILS_AS_STRING);
        assertThat(KartraHttp.parse(http.post(GET_JOHN).path("lead_details").asText()).path("id").asText()).isEqualTo("1001");
        sim.settings().replyShape(ReplyShape.TEXT_HTML);
        assertThat(http.raw(GET_JOHN).headers().firstValue("Content-Type")).hasValue("text/html; charset=UTF-8");
        sim.reset();
        assertThat(sim.settings().replyShape()).isEqualTo(ReplyShape.DOCUMENTED);
    }

    private static HttpResponse<String> post(KartraHttp http, String url, String body) {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
