package io.camelkartra;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.camelkartra.model.event.KartraEvent;
import io.camelkartra.model.event.KartraEventAction;
import io.camelkartra.model.event.TransactionEventDetails;
import io.camelkartra.support.KartraFixtures;
import io.camelkartra.support.KartraHttpTestSupport;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** kartra:events over real HTTP: every documented action, the checks every post goes through, and route outcomes. */
class KartraEventsConsumerTest extends KartraHttpTestSupport {

    private static final String TOKEN = "evt-Token_0123456789";
    private static final String JSON = "application/json";

    @BindToRegistry("deliveries")
    private final IdempotentRepository deliveries = MemoryIdempotentRepository.memoryIdempotentRepository(100);

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("kartra:events?token=" + TOKEN).routeId("events").to("mock:events");
                from("kartra:events?path=/hooks/filtered&events=buy_product, ASSIGN_TAG&token=" + TOKEN).to("mock:filtered");
                from("kartra:events?path=/hooks/dedupe&idempotentRepository=#deliveries&token=" + TOKEN).to("mock:dedupe");
                from("kartra:events?path=/hooks/failing&token=" + TOKEN).to("mock:failing")
                        .throwException(new IllegalStateException("CRM is down"));
                from("kartra:events?path=/hooks/handled&token=" + TOKEN)
                        .onException(IllegalStateException.class).handled(true).end()
                        .throwException(new IllegalStateException("CRM is down"));
                from("kartra:events?path=/hooks/loopback&allowedAddresses=10.0.0.0/8, 127.0.0.0/8&token=" + TOKEN).to("mock:loopback");
                from("kartra:events?path=/hooks/office&allowedAddresses=10.0.0.0/8,2001:db8::/32&token=" + TOKEN).to("mock:office");
                from("kartra:events?path=/hooks/small&maxBodySize=512&token=" + TOKEN).to("mock:small");
            }
        };
    }

    @Test
    void everyDocumentedActionArrivesAsATypedEvent() throws Exception {
        List<KartraEventAction> actions = KartraFixtures.documentedActions();
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(actions.size());

        for (KartraEventAction action : actions) {
            HttpResponse<String> response = postEvent("/kartra/events", KartraFixtures.event(action));
            assertThat(response.statusCode()).as(action.name()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("ok");
        }

        events.assertIsSatisfied();
        for (int i = 0; i < actions.size(); i++) {
            Exchange exchange = events.getReceivedExchanges().get(i);
            KartraEvent event = exchange.getMessage().getBody(KartraEvent.class);
            KartraEventAction action = actions.get(i);
            assertThat(event.getAction()).isEqualTo(action);
            assertThat(event.getDetails()).isInstanceOf(action.getDetailsType());
            assertThat(event.getLead().getCustomFields()).hasSize(3);
            assertThat(exchange.getMessage().getHeader(KartraConstants.EVENT_ACTION)).isEqualTo(action.getKartraName());
            assertThat(exchange.getMessage().getHeader(KartraConstants.LEAD_ID)).isEqualTo("1");
            assertThat(exchange.getMessage().getHeader(KartraConstants.LEAD_EMAIL)).isEqualTo("johndoe@example.com");
            assertThat(exchange.getMessage().getHeader(KartraConstants.DELIVERY_KEY, String.class)).startsWith(action.getKartraName() + ":1:");
            assertThat(exchange.getFromRouteId()).isEqualTo("events");
            assertThat(exchange.getFromEndpoint()).isInstanceOf(KartraEndpoint.class);
        }
    }

    @Test
    void purchasesCarryTheTransactionIdAndSimpleReachesTheDetails() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(1);
        events.expectedHeaderReceived(KartraConstants.TRANSACTION_ID, "738474");
        events.expectedHeaderReceived(KartraConstants.DELIVERY_KEY, "buy_product:1:738474");
        events.message(0).simple("${body.details.transactionFullAmount}").isEqualTo("19.95");
        events.message(0).simple("${body.lead.customFields[1].selectedOptions[0].optionValue}").isEqualTo("male");

        assertThat(postEvent("/kartra/events", KartraFixtures.event("buy-product")).statusCode()).isEqualTo(200);

        events.assertIsSatisfied();
        assertThat(events.getReceivedExchanges().get(0).getMessage().getBody(KartraEvent.class)
                .detailsAs(TransactionEventDetails.class).getProductName()).isEqualTo("Camel course");
    }

    @Test
    void unknownActionsAreDeliveredWithTheirRawData() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(1);
        events.expectedHeaderReceived(KartraConstants.EVENT_ACTION, "lead_gets_coffee");
        events.message(0).simple("${body.action}").isEqualTo("UNKNOWN");
        events.message(0).simple("${body.rawDetails[coffee][size]}").isEqualTo("large");

        assertThat(postEvent("/kartra/events", KartraFixtures.event("unknown-action")).statusCode()).isEqualTo(200);

        events.assertIsSatisfied();
    }

    @Test
    void notAvailableValuesArriveAsNull() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(1);
        events.message(0).simple("${body.lead.score}").isNull();
        events.message(0).simple("${body.details.transactionFullAmount}").isNull();

        assertThat(postEvent("/kartra/events", KartraFixtures.event("not-available-values")).statusCode()).isEqualTo(200);

        events.assertIsSatisfied();
    }

    @Test
    void aMissingTokenIsAnswered401AndAWrongOne403WithNothingRouted() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(0);
        String body = KartraFixtures.event("assign-tag");

        assertThat(post("/kartra/events", JSON, body).statusCode()).isEqualTo(401);
        assertThat(post("/kartra/events?token=", JSON, body).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = post("/kartra/events?token=" + TOKEN + "x", JSON, body);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).isEqualTo("token not accepted");
        assertThat(post("/kartra/events?Token=" + TOKEN, JSON, body).statusCode()).isEqualTo(401);
        assertThat(post("/kartra/events?token=" + TOKEN.toUpperCase(), JSON, body).statusCode()).isEqualTo(403);

        events.assertIsSatisfied();
    }

    @Test
    void theTokenReachesNeitherTheRouteNorTheReply() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(1);

        HttpResponse<String> response = postEvent("/kartra/events", KartraFixtures.event("assign-tag"));

        events.assertIsSatisfied();
        assertThat(response.headers().map().toString()).doesNotContain(TOKEN);
        Exchange exchange = events.getReceivedExchanges().get(0);
        assertThat(exchange.getMessage().getHeaders().toString()).doesNotContain(TOKEN);
        assertThat(exchange.getMessage().getHeader(Exchange.HTTP_URI, String.class)).isEqualTo("/kartra/events?source=kartra");
        assertThat(exchange.getMessage().getHeader(Exchange.HTTP_QUERY, String.class)).isEqualTo("source=kartra");
    }

    @ParameterizedTest
    @ValueSource(strings = { "not json at all", "[]", "{\"lead\":{\"id\":\"1\"}}", "{\"action\":\"assign_tag\"} {}",
            "{\"action\":\"assign_tag\",\"action_details\":{\"tag\":\"VIP\"}}" })
    void malformedBodiesAreAnswered400WithNothingRouted(String body) throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(0);

        HttpResponse<String> response = postEvent("/kartra/events", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("VIP", "at all");
        events.assertIsSatisfied();
    }

    @Test
    void emptyOversizedAndWronglyTypedBodiesAreRefused() throws Exception {
        MockEndpoint small = getMockEndpoint("mock:small");
        small.expectedMessageCount(1);
        String tag = "{\"action\":\"assign_tag\",\"action_details\":{\"tag\":{\"tag_id\":\"9\"}}}";

        assertThat(postEvent("/hooks/small", "").statusCode()).isEqualTo(400);
        assertThat(postEvent("/hooks/small", KartraFixtures.event("buy-product")).statusCode()).isEqualTo(413);
        assertThat(send(HttpRequest.newBuilder(url("/hooks/small?token=" + TOKEN)).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        KartraFixtures.eventBytes("buy-product"))))).statusCode()).as("chunked").isEqualTo(413);
        assertThat(post("/hooks/small?token=" + TOKEN, "application/x-www-form-urlencoded", tag).statusCode()).isEqualTo(415);
        assertThat(post("/hooks/small?token=" + TOKEN, "application/xml", tag).statusCode()).isEqualTo(415);
        assertThat(post("/hooks/small?token=" + TOKEN, "application/json; charset=UTF-8", tag).statusCode()).isEqualTo(200);

        small.assertIsSatisfied();
    }

    @ParameterizedTest
    @ValueSource(strings = { "GET", "PUT", "DELETE", "PATCH" })
    void otherMethodsAreAnswered405(String method) throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(0);

        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/kartra/events?token=" + TOKEN))
                .method(method, HttpRequest.BodyPublishers.ofString(KartraFixtures.event("assign-tag"))));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        events.assertIsSatisfied();
    }

    @Test
    void theEventsOptionRoutesOnlyTheListedActionsAndAcknowledgesTheRest() throws Exception {
        MockEndpoint filtered = getMockEndpoint("mock:filtered");
        filtered.expectedHeaderValuesReceivedInAnyOrder(KartraConstants.EVENT_ACTION, "buy_product", "assign_tag");

        for (String fixture : List.of("buy-product", "unassign-tag", "assign-tag", "video-play", "unknown-action")) {
            HttpResponse<String> response = postEvent("/hooks/filtered", KartraFixtures.event(fixture));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(fixture.equals("buy-product") || fixture.equals("assign-tag") ? "ok" : "ignored");
        }

        filtered.assertIsSatisfied();
    }

    @Test
    void aFailingRouteIsAnswered500AndAHandledFailure200() {
        HttpResponse<String> failed = postEvent("/hooks/failing", KartraFixtures.event("assign-tag"));
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).doesNotContain("CRM is down", "IllegalStateException");

        assertThat(postEvent("/hooks/handled", KartraFixtures.event("assign-tag")).statusCode()).isEqualTo(200);
    }

    @Test
    void duplicatesAreAcknowledgedWithoutRoutingAndFailuresCanBeRedelivered() throws Exception {
        MockEndpoint dedupe = getMockEndpoint("mock:dedupe");
        dedupe.expectedMessageCount(2);
        dedupe.whenExchangeReceived(1, exchange -> {
            throw new IllegalStateException("first attempt fails");
        });

        assertThat(postEvent("/hooks/dedupe", KartraFixtures.event("list-subscription")).statusCode()).isEqualTo(500);
        HttpResponse<String> retried = postEvent("/hooks/dedupe", KartraFixtures.event("list-subscription"));
        HttpResponse<String> duplicate = postEvent("/hooks/dedupe", KartraFixtures.event("list-subscription"));

        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(retried.body()).isEqualTo("ok");
        assertThat(duplicate.statusCode()).isEqualTo(200);
        assertThat(duplicate.body()).isEqualTo("duplicate");
        dedupe.assertIsSatisfied();
        assertThat(deliveries.contains("list_subscription:1:7")).isTrue();
    }

    @Test
    void theSourceAllowListIsEnforced() throws Exception {
        MockEndpoint loopback = getMockEndpoint("mock:loopback");
        loopback.expectedMessageCount(1);
        MockEndpoint office = getMockEndpoint("mock:office");
        office.expectedMessageCount(0);

        assertThat(postEvent("/hooks/loopback", KartraFixtures.event("video-play")).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = postEvent("/hooks/office", KartraFixtures.event("video-play"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).isEqualTo("source not allowed");

        loopback.assertIsSatisfied();
        office.assertIsSatisfied();
    }

    private HttpResponse<String> postEvent(String path, String body) {
        return post(path + "?source=kartra&token=" + TOKEN, JSON, body);
    }
}
