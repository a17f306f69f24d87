package io.camelkartra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.camelkartra.model.TransactionDetails;
import io.camelkartra.model.event.KartraEvent;
import io.camelkartra.support.KartraFixtures;
import io.camelkartra.support.KartraHttpTestSupport;
import io.camelkartra.support.LogCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples of src/main/docs/kartra-consumers.adoc work as written (the YAML one is read from the page). */
class KartraConsumerDocsExamplesTest extends KartraHttpTestSupport {

    private static final String TOKEN = "docs-token";
    private static final String FORM = "application/x-www-form-urlencoded";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        setComponentCredentials(context, TOKEN, KartraFixtures.IPN_SECRET_KEY);
        return context;
    }

    @Test
    void theJavaDslExampleLogsEventsAndReversals() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kartra:events?events=assign_tag,buy_product")
                        .choice()
                            .when(header(KartraConstants.EVENT_ACTION).isEqualTo("assign_tag"))
                                .log("Lead ${header.CamelKartraLeadId} tagged ${body.details.tagName}")
                            .otherwise()
                                .log("Lead ${header.CamelKartraLeadEmail} bought ${body.details.productName}"
                                     + " for ${body.details.transactionFullAmount}");

                from("kartra:ipn")
                        .filter(simple("${body.type} in 'REFUND,PARTIAL_REFUND,CHARGEBACK'"))
                        .log("Order ${body.transactionParentId} reversed: ${body.transactionFullAmount}"
                             + " on ${body.transactionTime}");
            }
        });

        String logs;
        try (LogCapture capture = new LogCapture()) {
            postEvent("assign-tag");
            postEvent("buy-product");
            postIpn("sale");
            postIpn("partial-refund");
            logs = capture.text();
        }

        assertThat(logs).contains("Lead 1 tagged VIP", "Lead johndoe@example.com bought Camel course for 19.95",
                "Order 1001 reversed: 5.00 on 2024-03-10T14:05:09-04:00[America/New_York]")
                .doesNotContain("Order 0 reversed");
    }

    @Test
    void theYamlExampleRuns() throws Exception {
        String page = Files.readString(Path.of("src/main/docs/kartra-consumers.adoc"));
        Matcher yaml = Pattern.compile("\\[source,yaml]\\n----\\n(.*?)\\n----", Pattern.DOTALL).matcher(page);
        assertThat(yaml.find()).isTrue();
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("docs.camel.yaml", yaml.group(1)));

        String logs;
        try (LogCapture capture = new LogCapture()) {
            assertThat(post("/hooks/kartra?token=" + TOKEN, "application/json", KartraFixtures.event("buy-product")).statusCode())
                    .isEqualTo(200);
            postIpn("sale-with-trial");
            postIpn("rebill");
            logs = capture.text();
        }

        assertThat(logs).contains("Order 738474: Camel course", "Rebill 2 of johndoe@example.com").doesNotContain("Rebill 1 ");
    }

    @Test
    void aPurchaseSeenAsEventAndAsIpnSaleIsFulfilledOnce() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kartra:events?events=buy_product")
                        .to("direct:purchase");

                from("kartra:ipn")
                        .filter(header(KartraConstants.TRANSACTION_TYPE).isEqualTo("sale"))
                        .to("direct:purchase");

                from("direct:purchase")
                        .idempotentConsumer(header(KartraConstants.TRANSACTION_ID))
                            .idempotentRepository(MemoryIdempotentRepository.memoryIdempotentRepository(10000))
                        .choice()
                            .when(body().isInstanceOf(KartraEvent.class))
                                .setBody(simple("${body.details}"))
                            .end()
                        .to("mock:fulfilment");
            }
        });
        MockEndpoint fulfilment = getMockEndpoint("mock:fulfilment");
        fulfilment.expectedHeaderReceived(KartraConstants.TRANSACTION_ID, "738474");
        fulfilment.message(0).body().isInstanceOf(TransactionDetails.class);

        postEvent("buy-product");
        postIpn("sale", "transaction_id=1001", "transaction_id=738474");

        fulfilment.assertIsSatisfied();
    }

    private void postEvent(String fixture) {
        assertThat(post("/kartra/events?token=" + TOKEN, "application/json", KartraFixtures.event(fixture)).statusCode()).isEqualTo(200);
    }

    private void postIpn(String fixture, String... replacement) {
        String body = KartraFixtures.ipn(fixture);
        if (replacement.length == 2) {
            body = body.replace(replacement[0], replacement[1]);
        }
        assertThat(post("/kartra/ipn", FORM, body).statusCode()).isEqualTo(200);
    }
}
