package io.camelkartra.simulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.form.PhpArray;
import io.camelkartra.simulator.form.PhpFormParser;
import io.camelkartra.simulator.state.Delivery;
import io.camelkartra.simulator.state.EventSimulator;
import io.camelkartra.simulator.state.Gateway;
import io.camelkartra.simulator.state.PurchaseOptions;
import io.camelkartra.simulator.state.Survey;
import io.camelkartra.simulator.state.Transaction;
import io.camelkartra.simulator.state.WebhookTarget;
import io.camelkartra.simulator.support.KartraHttp;
import io.camelkartra.simulator.support.MutableClock;
import io.camelkartra.simulator.support.Receiver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Outbound API events (§7) and IPN notifications (§8) arriving at a local receiver. */
class OutboundTest {

    /** 16:00 UTC on 1 July is 12:00 in New York (EDT). */
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2030-07-01T16:00:00Z"));

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension(
            () -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0).clock(CLOCK));

    private Receiver receiver;
    private KartraSimulator sim;
    private KartraHttp http;

    @BeforeEach
    void setUp(KartraSimulator simulator) throws Exception {
        sim = simulator;
        sim.outbound().clear();
        receiver = new Receiver();
        sim.outbound().addWebhook(receiver.url("/all"));
        sim.outbound().addWebhook(new WebhookTarget(receiver.url("/tags"), Set.of("assign_tag", "unassign_tag"), null));
        sim.outbound().addIpn(receiver.url("/ipn"), "s3cret");
        http = KartraHttp.plain(sim);
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    private List<JsonNode> events(String path) throws InterruptedException {
        assertThat(sim.outbound().awaitIdle(Duration.ofSeconds(10))).isTrue();
        return receiver.received(path).stream().map(r -> KartraHttp.parse(r.body())).toList();
    }

    private List<PhpArray> ipn() throws InterruptedException {
        assertThat(sim.outbound().awaitIdle(Duration.ofSeconds(10))).isTrue();
        return receiver.received("/ipn").stream().map(r -> PhpFormParser.parse(r.body())).toList();
    }

    @Test
    void tagAndListChangesPostTheirEvents() throws Exception {
        http.call("lead[email]=john.smith%40example.com&actions[0][cmd]=assign_tag&actions[0][tag_name]=Lead+Magnet"
                + "&actions[1][cmd]=assign_tag&actions[1][tag_name]=VIP+Customer"
                + "&actions[2][cmd]=subscribe_lead_to_list&actions[2][list_name]=Webinar"
                + "&actions[3][cmd]=unsubscribe_lead_from_list&actions[3][list_name]=Newsletter");
        List<JsonNode> all = events("/all");
        assertThat(all).extracting(e -> e.path("action").asText())
                .containsExactly("assign_tag", "list_subscription", "list_unsubscription");
        JsonNode tag = all.get(0);
        assertThat(tag.path("action_details").toString()).isEqualTo("{\"tag\":{\"tag_id\":\"4\",\"tag_name\":\"Lead Magnet\"}}");
        assertThat(tag.path("lead").path("id").asText()).isEqualTo("1001");
        assertThat(tag.path("lead").path("email").asText()).isEqualTo("john.smith@example.com");
        assertThat(tag.path("lead").path("score").asText()).isEqualTo("25");
        assertThat(tag.path("lead").path("custom_fields")).hasSize(5);
        assertThat(all.get(1).path("action_details").path("list").path("list_name").asText()).isEqualTo("Webinar");
        assertThat(events("/tags")).extracting(e -> e.path("action").asText()).containsExactly("assign_tag");
        assertThat(receiver.received("/all").get(0).contentType()).isEqualTo("application/json");
        assertThat(sim.outbound().deliveries()).extracting(Delivery::status).containsOnly(200);
    }

    @Test
    void sequenceAndCalendarChangesPostTheirEvents() throws Exception {
        http.call("lead[email]=john.smith%40example.com&actions[0][cmd]=subscribe_lead_to_sequence_at_step"
                + "&actions[0][sequence_name]=Onboarding&actions[0][step]=1"
                + "&actions[1][cmd]=unsubscribe_lead_from_sequence&actions[1][sequence_name]=Welcome+Series"
                + "&actions[2][cmd]=calendar_subscribe&actions[2][calendar_name]=Coaching+Calls"
                + "&actions[2][class_name]=Q%26A+Session&actions[2][starting_date]=16+Jan+2031&actions[2][starting_hour]=15:00"
                + "&actions[3][cmd]=calendar_cancel&actions[3][calendar_name]=Coaching+Calls&actions[3][class_name]=Q%26A+Session");
        List<JsonNode> all = events("/all");
        assertThat(all).extracting(e -> e.path("action").asText()).containsExactly("sequence_subscription",
                "sequence_unsubscription", "calendar_subscribe", "calendar_cancel");
        assertThat(all.get(1).path("action_details").toString())
                .isEqualTo("{\"sequence\":{\"sequence_id\":\"1\",\"sequence_name\":\"Welcome Series\"}}");
        JsonNode calendar = all.get(2).path("action_details").path("calendar");
        assertThat(calendar.path("class_name").asText()).isEqualTo("Q&A Session");
        assertThat(calendar.path("vendor_timezone").asText()).isEqualTo("America/New_York");
        assertThat(calendar.path("hosts").get(0).has("host_email_address")).isTrue();
        assertThat(calendar.path("events").get(0).path("event_start_date").asText()).isEqualTo("2031-01-16 15:00:00");
    }

    @Test
    void noChangeNoEvent() throws Exception {
        http.call("lead[email]=john.smith%40example.com&actions[0][cmd]=assign_tag&actions[0][tag_name]=VIP+Customer"
                + "&actions[1][cmd]=unassign_tag&actions[1][tag_name]=Lead+Magnet");
        assertThat(events("/all")).isEmpty();
    }

    @Test
    void aPurchasePostsBuyProductAndIpnSale() throws Exception {
        Transaction sale = sim.events("DemoUser").buyProduct("john.smith@example.com", 1, 1,
                PurchaseOptions.DEFAULT.withAffiliate("aff1"));
        JsonNode event = events("/all").get(0);
        assertThat(event.path("action").asText()).isEqualTo("buy_product");
        JsonNode details = event.path("action_details").path("transaction_details");
        assertThat(details.path("transaction_id").asText()).isEqualTo(Long.toString(sale.id()));
        assertThat(details.path("product_name").asText()).isEqualTo("Starter Course");
        assertThat(details.path("transaction_full_amount").asText()).isEqualTo("49.00");
        assertThat(details.path("transaction_quantity").asText()).isEqualTo("1");

        PhpArray form = ipn().get(0);
        assertThat(receiver.received("/ipn").get(0).contentType()).isEqualTo("application/x-www-form-urlencoded");
        assertThat(form.string("transaction_type")).isEqualTo("sale");
        assertThat(form.string("secret_key")).isEqualTo("s3cret");
        assertThat(form.string("transaction_id")).isEqualTo(Long.toString(sale.id()));
        assertThat(form.string("transaction_date")).isEqualTo("2030-07-01 12:00:00");
        assertThat(form.string("transaction_parent_id")).isEqualTo("0");
        assertThat(form.string("transaction_subscription_id")).isEqualTo("N/A");
        assertThat(form.string("original_id")).isEqualTo("0");
        assertThat(form.string("trial")).isEqualTo("0");
        assertThat(form.string("trial_amount")).isEqualTo("N/A");
        assertThat(form.string("payments_left")).isEqualTo("0");
        assertThat(form.string("transaction_affiliate")).isEqualTo("aff1");
        assertThat(form.string("transaction_jv")).isEqualTo("N/A");
        assertThat(form.string("lead_email")).isEqualTo("john.smith@example.com");
        assertThat(form.string("lead_country_code_2")).isEqualTo("US");
        assertThat(form.string("transaction_last_4_card_digits")).isEqualTo("4242");
        assertThat(form.entries().values()).allSatisfy(v -> assertThat((String) v).isNotEmpty());
    }

    @Test
    void subscriptionsTrialsRebillsChargebacksAndFailures() throws Exception {
        EventSimulator events = sim.events("DemoUser");
        Transaction trial = events.buyProduct("jane.doe@example.com", 2, 3, PurchaseOptions.DEFAULT.withGateway(Gateway.PAYPAL));
        events.rebill(trial.subscriptionId());
        events.failedRebill(trial.subscriptionId());
        Transaction rebill = events.rebill(trial.subscriptionId());
        events.chargeback(rebill.id());
        List<PhpArray> forms = ipn();
        assertThat(forms).extracting(f -> f.string("transaction_type"))
                .containsExactly("sale", "rebill", "failed", "rebill", "chargeback");
        PhpArray sale = forms.get(0);
        assertThat(sale.string("trial")).isEqualTo("1");
        assertThat(sale.string("trial_amount")).isEqualTo("1.00");
        assertThat(sale.string("trial_period")).isEqualTo("7");
        assertThat(sale.string("transaction_subscription_pay_number")).isEqualTo("1");
        assertThat(sale.string("original_id")).isEqualTo(Long.toString(trial.id()));
        assertThat(sale.string("transaction_subscription_id")).startsWith("I-");
        assertThat(sale.string("transaction_last_4_card_digits")).isEqualTo("N/A");
        assertThat(forms.get(1).string("transaction_subscription_pay_number")).isEqualTo("2");
        assertThat(forms.get(1).string("transaction_full_amount")).isEqualTo("29.00");
        assertThat(forms.get(4).string("transaction_parent_id")).isEqualTo(Long.toString(rebill.id()));
        assertThat(events("/all")).extracting(e -> e.path("action").asText()).containsExactly("buy_product");
    }

    @Test
    void refundsAndCancellationsThroughTheApi() throws Exception {
        http.call("actions[0][cmd]=refund_transaction&actions[0][transaction_id]=48101&actions[0][refund_amount]=9");
        http.call("actions[0][cmd]=refund_transaction&actions[0][transaction_id]=48101");
        http.call("actions[0][cmd]=modify_subscription_status&actions[0][subscription_id]=14801"
                + "&actions[0][subscription_status_modification]=cancel");
        List<JsonNode> all = events("/all");
        assertThat(all).extracting(e -> e.path("action").asText())
                .containsExactly("partial_refund_product", "refund_product", "cancel_subscription");
        assertThat(all.get(0).path("action_details").path("transaction_details").path("transaction_full_amount").asText())
                .isEqualTo("9.00");
        JsonNode cancel = all.get(2).path("action_details").path("transaction_details");
        assertThat(cancel.path("transaction_type").asText()).isEqualTo("cancellation");
        assertThat(cancel.path("transaction_date").asText()).isEqualTo("2030-07-01 12:00:00");
        assertThat(cancel.has("transaction_full_amount")).isFalse();
        assertThat(all.get(2).path("lead").path("email").asText()).isEqualTo("jane.doe@example.com");

        List<PhpArray> forms = ipn();
        assertThat(forms).extracting(f -> f.string("transaction_type")).containsExactly("partial_refund", "refund", "cancellation");
        assertThat(forms.get(0).string("transaction_parent_id")).isEqualTo("48101");
        assertThat(forms.get(1).string("transaction_full_amount")).isEqualTo("40.00");
        assertThat(forms.get(2).containsKey("transaction_full_amount")).isFalse();
        assertThat(forms.get(2).string("transaction_internal_subscription_id")).isEqualTo("14801");
    }

    @Test
    void everySimulatedLeadEventHasItsShape() throws Exception {
        EventSimulator events = sim.events("DemoUser");
        String jane = "jane.doe@example.com";
        events.grantMembership(jane, "Academy", "Silver");
        events.revokeMembership(jane, "Academy");
        events.fillForm(jane, 31, "Contact us");
        events.completeSurvey(jane, new Survey(5, "Feedback", 1, "80", 95, List.of(new Survey.Question(51, "Happy?", true,
                List.of(new Survey.Answer(511, "Yes"))))));
        events.playVideo(jane, 7, "Intro");
        events.completeVideo(jane, 7, "Intro");
        events.visitPage(jane, "Sales Page");
        events.reachScore(jane);
        events.affiliateSignup(jane, 1);
        events.jvSignup(jane, 2);
        events.clickSplitTestLink(jane, 9, "Variant B");
        events.completeSequence(jane, "Onboarding");
        http.call("lead[email]=jane.doe%40example.com&actions[0][cmd]=calendar_subscribe&actions[0][calendar_name]=Coaching+Calls"
                + "&actions[0][class_name]=Strategy+Session");
        events.completeCalendar(jane, "Coaching Calls", "Strategy Session");

        List<JsonNode> all = events("/all");
        assertThat(all).extracting(e -> e.path("action").asText() + ":" + e.path("action_details").fieldNames().next())
                .containsExactly("membership_granted:membership", "membership_revoked:membership", "filled_form:form",
                        "survey_complete:survey", "video_play:video", "video_complete:video", "kartra_page_visit:kartra_page",
                        "reaches_score:points", "affiliate_signup:product", "jv_signup:product",
                        "click_page_split_test_link:page_split_test_link", "sequence_completion:sequence",
                        "calendar_subscribe:calendar", "calendar_complete:calendar");
        assertThat(all.get(0).path("action_details").toString()).isEqualTo("{\"membership\":{\"membership_id\":\"1\","
                + "\"membership_name\":\"Academy\",\"level_id\":\"1\",\"level_name\":\"Silver\"}}");
        assertThat(all.get(2).path("action_details").toString())
                .isEqualTo("{\"form\":{\"form_id\":\"31\",\"form_name\":\"Contact us\"}}");
        assertThat(all.get(3).path("action_details").path("survey").path("questions").get(0).path("answers").get(0)
                .path("option_value").asText()).isEqualTo("Yes");
        assertThat(all.get(6).path("action_details").path("kartra_page").path("kartra_page_name").asText()).isEqualTo("Sales Page");
        assertThat(all.get(7).path("action_details").path("points").asText()).isEqualTo("5");
        assertThat(all.get(8).path("action_details").path("product").path("official_product_name").asText())
                .isEqualTo("Starter Course");
    }

    @Test
    void deliveriesNeverHoldTheApiReply() throws Exception {
        receiver.hold();
        assertThat(http.call("lead[email]=john.smith%40example.com&actions[0][cmd]=assign_tag&actions[0][tag_name]=Lead+Magnet")
                .path("status").asText()).isEqualTo("Success");
        assertThat(receiver.received()).isEmpty();
        receiver.open();
        assertThat(events("/all")).hasSize(1);
    }

    @Test
    void aDeadReceiverIsLoggedAsAFailedDelivery() throws Exception {
        sim.outbound().clear();
        String dead = receiver.url("/gone");
        receiver.close();
        sim.outbound().addWebhook(dead);
        http.call("lead[email]=john.smith%40example.com&actions[0][cmd]=assign_tag&actions[0][tag_name]=Lead+Magnet");
        assertThat(sim.outbound().awaitIdle(Duration.ofSeconds(10))).isTrue();
        Delivery delivery = sim.outbound().deliveries().get(0);
        assertThat(delivery.url()).isEqualTo(dead);
        assertThat(delivery.action()).isEqualTo("assign_tag");
        assertThat(delivery.status()).isEqualTo(-1);
        assertThat(delivery.error()).isNotBlank();
    }
}
