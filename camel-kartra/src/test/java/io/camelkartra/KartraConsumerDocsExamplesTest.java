package io.camelkartra;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.camelkartra.model.TransactionDetails;
import io.camelkartra.model.event.KartraEvent;
import io.camelkartra.support.KartraFixtures;
import io.camelkartra.support.KartraHttpTestSupport;
import io.camelkartra.support.LogCapture;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples of src/main/docs/kartra-consumers.adoc and the README's events example, as the pages quote them
 * (DocSnippetsTest), on a platform-http server.
 */
class KartraConsumerDocsExamplesTest extends KartraHttpTestSupport {

    private static final String TOKEN = "docs-token";
    private static final String FORM = "application/x-www-form-urlencoded";

    @BindToRegistry("fulfilment")
    private final Fulfilment fulfilment = new Fulfilment();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        setComponentCredentials(context, TOKEN, KartraFixtures.IPN_SECRET_KEY);
        return context;
    }

    // tag::java-dsl[]
    public class KartraRoutes extends RouteBuilder {
        @Override
        public void configure() {
            // token and secretKey come from camel.component.kartra.token / secret-key

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
    }
    // end::java-dsl[]

    @Test
    void theJavaDslExampleLogsEventsAndReversals() throws Exception {
        context.addRoutes(new KartraRoutes());

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
        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.resolveMandatoryResource(context, "classpath:docs/consumers/kartra-routes.camel.yaml"));

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
    void theTourLogsEachEvent() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::events-log[]
                from("kartra:events?events=assign_tag,buy_product")     // token from camel.component.kartra.token
                    .log("${header.CamelKartraEventAction} for ${header.CamelKartraLeadEmail}");
                // end::events-log[]
            }
        });

        String logs;
        try (LogCapture capture = new LogCapture()) {
            postEvent("assign-tag");
            postEvent("buy-product");
            logs = capture.text();
        }

        assertThat(logs).contains("assign_tag for johndoe@example.com", "buy_product for johndoe@example.com");
    }

    @Test
    void aPurchaseSeenAsEventAndAsIpnSaleIsFulfilledOnce() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::one-purchase[]
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
                            .setBody(simple("${body.details}"))   // TransactionEventDetails
                        .end()
                    .to("bean:fulfilment");                        // a TransactionDetails either way
                // end::one-purchase[]
            }
        });

        postEvent("buy-product");
        postIpn("sale", "transaction_id=1001", "transaction_id=738474");

        assertThat(fulfilment.orders).singleElement().extracting(TransactionDetails::getTransactionId).isEqualTo("738474");
    }

    /** The docs' fulfilment bean: keeps the orders it is given. */
    public static final class Fulfilment {
        private final List<TransactionDetails> orders = new CopyOnWriteArrayList<>();

        public void fulfil(TransactionDetails order) {
            orders.add(order);
        }
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
