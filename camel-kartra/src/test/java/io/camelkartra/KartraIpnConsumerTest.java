package io.camelkartra;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.math.BigDecimal;
import java.util.List;

import io.camelkartra.model.KartraIpnNotification;
import io.camelkartra.model.KartraIpnTransactionType;
import io.camelkartra.support.KartraFixtures;
import io.camelkartra.support.KartraHttpTestSupport;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

import static io.camelkartra.support.KartraFixtures.IPN_SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/** kartra:ipn over real HTTP: every transaction type, the secret key, the checks every post goes through. */
class KartraIpnConsumerTest extends KartraHttpTestSupport {

    private static final String FORM = "application/x-www-form-urlencoded";

    @BindToRegistry("notifications")
    private final IdempotentRepository notifications = MemoryIdempotentRepository.memoryIdempotentRepository(100);

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("kartra:ipn?secretKey=" + IPN_SECRET_KEY).to("mock:ipn");
                from("kartra:ipn?path=/ipn/dedupe&idempotentRepository=#notifications&secretKey=" + IPN_SECRET_KEY).to("mock:dedupe");
                from("kartra:ipn?path=/ipn/failing&secretKey=" + IPN_SECRET_KEY).throwException(new IllegalStateException("ERP is down"));
                from("kartra:ipn?path=/ipn/small&maxBodySize=300&secretKey=" + IPN_SECRET_KEY).to("mock:small");
                from("kartra:ipn?path=/ipn/office&allowedAddresses=10.1.0.0/16&secretKey=" + IPN_SECRET_KEY).to("mock:office");
            }
        };
    }

    @Test
    void everyTransactionTypeArrivesAsATypedNotification() throws Exception {
        List<String> fixtures = List.of("sale", "sale-with-trial", "rebill", "refund", "partial-refund", "chargeback", "failed",
                "cancellation", "unknown-type", "legacy-buyer-refund");
        MockEndpoint ipn = getMockEndpoint("mock:ipn");
        ipn.expectedHeaderValuesReceivedInAnyOrder(KartraConstants.TRANSACTION_TYPE, "sale", "sale", "rebill", "refund",
                "partial_refund", "chargeback", "failed", "cancellation", "dispute_opened", "refund");

        for (String fixture : fixtures) {
            HttpResponse<String> response = post("/kartra/ipn", FORM, KartraFixtures.ipn(fixture));
            assertThat(response.statusCode()).as(fixture).isEqualTo(200);
            assertThat(response.body()).isEqualTo("ok");
        }

        ipn.assertIsSatisfied();
        for (Exchange exchange : ipn.getReceivedExchanges()) {
            KartraIpnNotification notification = exchange.getMessage().getBody(KartraIpnNotification.class);
            assertThat(exchange.getMessage().getHeader(KartraConstants.TRANSACTION_ID)).isEqualTo(notification.getTransactionId());
            assertThat(exchange.getMessage().getHeader(KartraConstants.DELIVERY_KEY))
                    .isEqualTo("ipn:" + notification.getTransactionId() + ":" + notification.getTransactionType());
            assertThat(exchange.getMessage().getHeader(KartraConstants.LEAD_EMAIL)).isEqualTo(notification.getLeadEmail());
            assertThat(exchange.getMessage().getHeaders()).doesNotContainKeys("secret_key", "lead_email", "transaction_id");
            assertThat(notification.getVariables()).doesNotContainKey("secret_key");
        }
    }

    @Test
    void aRefundArrivesTypedWithNotAvailableFieldsAsNull() throws Exception {
        MockEndpoint ipn = getMockEndpoint("mock:ipn");
        ipn.expectedMessageCount(1);
        ipn.expectedHeaderReceived(KartraConstants.TRANSACTION_ID, "1002");
        ipn.expectedHeaderReceived(KartraConstants.LEAD_ID, "1");
        ipn.message(0).simple("${body.type}").isEqualTo("REFUND");
        ipn.message(0).simple("${body.transactionAffiliate}").isNull();

        assertThat(post("/kartra/ipn", FORM, KartraFixtures.ipn("refund")).statusCode()).isEqualTo(200);

        ipn.assertIsSatisfied();
        KartraIpnNotification refund = ipn.getReceivedExchanges().get(0).getMessage().getBody(KartraIpnNotification.class);
        assertThat(refund.getType()).isEqualTo(KartraIpnTransactionType.REFUND);
        assertThat(refund.getTransactionParentId()).isEqualTo("1001");
        assertThat(refund.getTransactionFullAmount()).isEqualByComparingTo(new BigDecimal("19.95"));
        assertThat(refund.getTransactionTime()).hasToString("2024-03-10T14:05:09-04:00[America/New_York]");
        assertThat(refund.getTransactionJv()).isNull();
        assertThat(refund.getTransactionSubscriptionId()).isNull();
        assertThat(refund.getTrialAmount()).isNull();
        assertThat(refund.getVendorTrackingId1()).isNull();
    }

    @Test
    void legacyBuyerNamesArriveAsTheCurrentOnes() throws Exception {
        MockEndpoint ipn = getMockEndpoint("mock:ipn");
        ipn.expectedMessageCount(1);
        ipn.expectedHeaderReceived(KartraConstants.LEAD_ID, "7");
        ipn.expectedHeaderReceived(KartraConstants.LEAD_EMAIL, "jane.roe+legacy@example.com");
        ipn.message(0).simple("${body.leadCity}").isEqualTo("London");

        assertThat(post("/kartra/ipn", FORM, KartraFixtures.ipn("legacy-buyer-refund")).statusCode()).isEqualTo(200);

        ipn.assertIsSatisfied();
    }

    @Test
    void aMissingSecretKeyIsAnswered401AndAWrongOne403WithNothingRouted() throws Exception {
        MockEndpoint ipn = getMockEndpoint("mock:ipn");
        ipn.expectedMessageCount(0);
        String sale = KartraFixtures.ipn("sale");
        String withoutSecret = sale.replace("secret_key=" + IPN_SECRET_KEY, "vendor=x");

        assertThat(post("/kartra/ipn", FORM, withoutSecret).statusCode()).isEqualTo(401);
        assertThat(post("/kartra/ipn", FORM, sale.replace(IPN_SECRET_KEY, "N%2FA")).statusCode()).isEqualTo(401);
        assertThat(post("/kartra/ipn?secret_key=" + IPN_SECRET_KEY, FORM, withoutSecret).statusCode()).as("query does not count").isEqualTo(401);
        HttpResponse<String> wrong = post("/kartra/ipn", FORM, sale.replace(IPN_SECRET_KEY, "guess"));
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).isEqualTo("secret_key not accepted");

        ipn.assertIsSatisfied();
    }

    @Test
    void multipartFormsAreReadLikeUrlEncodedOnes() throws Exception {
        MockEndpoint ipn = getMockEndpoint("mock:ipn");
        ipn.expectedHeaderReceived(KartraConstants.TRANSACTION_ID, "1001");
        StringBuilder body = new StringBuilder();
        for (String pair : KartraFixtures.ipn("sale").split("&")) {
            String[] field = pair.split("=", 2);
            body.append("--kartra\r\nContent-Disposition: form-data; name=\"").append(field[0]).append("\"\r\n\r\n")
                    .append(java.net.URLDecoder.decode(field[1], java.nio.charset.StandardCharsets.UTF_8)).append("\r\n");
        }
        body.append("--kartra--\r\n");

        assertThat(post("/kartra/ipn", "multipart/form-data; boundary=kartra", body.toString()).statusCode()).isEqualTo(200);

        ipn.assertIsSatisfied();
    }

    @Test
    void malformedEmptyOversizedAndWronglyTypedBodiesAreRefused() throws Exception {
        MockEndpoint small = getMockEndpoint("mock:small");
        small.expectedMessageCount(0);
        String secret = "secret_key=" + IPN_SECRET_KEY;

        assertThat(post("/ipn/small", FORM, "").statusCode()).isEqualTo(400);
        assertThat(post("/ipn/small", FORM, KartraFixtures.ipn("sale")).statusCode()).isEqualTo(413);
        assertThat(post("/ipn/small", "application/json", "{\"" + "secret_key\":\"" + IPN_SECRET_KEY + "\"}").statusCode()).isEqualTo(415);
        assertThat(post("/ipn/small", "text/plain", secret + "&transaction_id=1").statusCode()).isEqualTo(415);
        assertThat(post("/ipn/small", "multipart/form-data; boundary=x", "--x--\r\n").statusCode()).as("no fields parsed").isEqualTo(415);

        small.assertIsSatisfied();
    }

    @Test
    void malformedFormsAreAnswered400() throws Exception {
        MockEndpoint ipn = getMockEndpoint("mock:ipn");
        ipn.expectedMessageCount(0);

        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/kartra/ipn")).header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString("secret_key=" + IPN_SECRET_KEY + "&transaction_id=%zz")));

        // Vert.x parses forms itself and drops what it cannot decode; raw bodies are refused as malformed (unit test)
        assertThat(response.statusCode()).isEqualTo(400);
        ipn.assertIsSatisfied();
    }

    @Test
    void otherMethodsAreAnswered405() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/kartra/ipn")).GET());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void aFailingRouteIsAnswered500() {
        HttpResponse<String> response = post("/ipn/failing", FORM, KartraFixtures.ipn("sale"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("ERP is down");
    }

    @Test
    void duplicatesAreAcknowledgedWithoutRouting() throws Exception {
        MockEndpoint dedupe = getMockEndpoint("mock:dedupe");
        dedupe.expectedHeaderValuesReceivedInAnyOrder(KartraConstants.DELIVERY_KEY, "ipn:1001:sale", "ipn:1002:refund");

        List<String> answers = List.of("sale", "sale", "refund", "sale").stream()
                .map(fixture -> post("/ipn/dedupe", FORM, KartraFixtures.ipn(fixture)))
                .map(response -> response.statusCode() + " " + response.body()).toList();

        assertThat(answers).containsExactly("200 ok", "200 duplicate", "200 ok", "200 duplicate");
        dedupe.assertIsSatisfied();
    }

    @Test
    void sourcesOutsideTheAllowListAreAnswered403() throws Exception {
        MockEndpoint office = getMockEndpoint("mock:office");
        office.expectedMessageCount(0);

        assertThat(post("/ipn/office", FORM, KartraFixtures.ipn("sale")).statusCode()).isEqualTo(403);

        office.assertIsSatisfied();
    }
}
