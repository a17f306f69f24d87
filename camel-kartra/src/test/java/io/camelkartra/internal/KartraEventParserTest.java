package io.camelkartra.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import io.camelkartra.model.CustomField;
import io.camelkartra.model.Lead;
import io.camelkartra.model.event.CalendarEventDetails;
import io.camelkartra.model.event.FormEventDetails;
import io.camelkartra.model.event.KartraEvent;
import io.camelkartra.model.event.KartraEventAction;
import io.camelkartra.model.event.MembershipEventDetails;
import io.camelkartra.model.event.PointsEventDetails;
import io.camelkartra.model.event.SurveyEventDetails;
import io.camelkartra.model.event.SurveyQuestion;
import io.camelkartra.model.event.TransactionEventDetails;
import io.camelkartra.support.KartraFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KartraEventParserTest {

    static List<KartraEventAction> documentedActions() {
        return KartraFixtures.documentedActions();
    }

    @ParameterizedTest
    @MethodSource("documentedActions")
    void everyDocumentedActionHasTypedDetailsAndTheTypedLead(KartraEventAction action) {
        KartraEvent event = parse(KartraFixtures.event(action));

        assertThat(event.getAction()).isEqualTo(action);
        assertThat(event.getActionName()).isEqualTo(action.getKartraName());
        assertThat(event.getDetails()).isInstanceOf(action.getDetailsType());
        assertThat(event.getRawDetails()).isNotEmpty();
        Lead lead = event.getLead();
        assertThat(lead.getId()).isEqualTo("1");
        assertThat(lead.getEmail()).isEqualTo("johndoe@example.com");
        assertThat(lead.getScore()).isZero();
        assertThat(lead.getGdprLeadStatus()).isEqualTo(2);
        assertThat(lead.getDateJoinedTime()).hasToString("2018-04-26T00:00-04:00[America/New_York]");
        assertThat(lead.getCustomFields()).extracting(CustomField::getFieldIdentifier).containsExactly("company_size", "gender", "interests");
        assertThat(lead.getCustomFields().get(0).getText()).isEqualTo("50-100");
        assertThat(lead.getCustomFields().get(2).getOptionIds()).containsExactly("20", "21");
        if (action != KartraEventAction.REACHES_SCORE) {
            assertThat(event.getDetails().getDetailId()).isNotBlank();
        }
    }

    @Test
    void purchaseDetailsAreTyped() {
        TransactionEventDetails purchase = parse(KartraFixtures.event("buy-product")).detailsAs(TransactionEventDetails.class);

        assertThat(purchase.getTransactionId()).isEqualTo("738474");
        assertThat(purchase.getTransactionFullAmount()).isEqualByComparingTo(new BigDecimal("19.95"));
        assertThat(purchase.getTransactionQuantity()).isEqualTo(1);
        assertThat(purchase.getProductId()).isEqualTo("42");
        assertThat(purchase.getProductPricePoint()).isEqualTo("1");
        assertThat(purchase.getLeadEmail()).isEqualTo("johndoe@example.com");
        assertThat(purchase.getLeadUsername()).isEqualTo("johndoe");
        assertThat(purchase.getDetailId()).isEqualTo("738474");
    }

    @Test
    void valuesSentAsJsonNumbersReadAsTheDocumentedStrings() {
        KartraEvent event = parse(KartraFixtures.event("buy-product-values-as-numbers"));
        TransactionEventDetails purchase = event.detailsAs(TransactionEventDetails.class);

        assertThat(event.getLead().getId()).isEqualTo("1");
        assertThat(event.getLead().getPhone()).isEqualTo("1234567");
        assertThat(purchase.getTransactionId()).isEqualTo("738474");
        assertThat(purchase.getTransactionFullAmount()).isEqualByComparingTo(new BigDecimal("19.95"));
        assertThat(purchase.getTransactionQuantity()).isEqualTo(1);
        assertThat(purchase.getProductId()).isEqualTo("42");
        assertThat(purchase.getLeadId()).isEqualTo("1");
    }

    @Test
    void subscriptionCancelledIsTheCancelSubscriptionEventUnderItsOtherName() {
        KartraEvent event = parse(KartraFixtures.event("subscription-cancelled"));

        assertThat(event.getAction()).isEqualTo(KartraEventAction.CANCEL_SUBSCRIPTION);
        assertThat(event.getActionName()).isEqualTo("subscription_cancelled");
        assertThat(event.detailsAs(TransactionEventDetails.class).getTransactionType()).isEqualTo("cancellation");
    }

    @Test
    void cancellationsCarryAnEasternDate() {
        TransactionEventDetails cancellation = parse(KartraFixtures.event("cancel-subscription")).detailsAs(TransactionEventDetails.class);

        assertThat(cancellation.getTransactionType()).isEqualTo("cancellation");
        assertThat(cancellation.getTransactionTime()).hasToString("2024-01-15T10:30-05:00[America/New_York]");
    }

    @Test
    void calendarsHaveHostsAndSessions() {
        CalendarEventDetails calendar = parse(KartraFixtures.event("calendar-cancel")).detailsAs(CalendarEventDetails.class);

        assertThat(calendar.getCalendarId()).isEqualTo("5");
        assertThat(calendar.getClassName()).isEqualTo("Intro call");
        assertThat(calendar.getHosts()).extracting(host -> host.getHostEmailAddress()).containsExactly("host@example.com", "cohost@example.com");
        assertThat(calendar.getVendorZone()).isEqualTo(ZoneId.of("America/Detroit"));
        assertThat(calendar.getEvents()).hasSize(2);
        assertThat(calendar.getEvents().get(1).getEventDateTime()).isEqualTo(LocalDateTime.of(2020, 12, 14, 9, 0));
        assertThat(calendar.getEvents().get(1).getEventDuration()).isEqualTo(120);
        assertThat(calendar.getCalendarSubscriptionStatus()).isEqualTo("Cancelled");
        assertThat(calendar.getDetailId()).isEqualTo("123");
    }

    @Test
    void surveysHaveQuestionsAndAnswers() {
        SurveyEventDetails survey = parse(KartraFixtures.event("survey-complete")).detailsAs(SurveyEventDetails.class);

        assertThat(survey.getSurveyId()).isEqualTo("8");
        assertThat(survey.getSurveyScore()).isEqualTo("80");
        assertThat(survey.getSurveyCompletionTime()).isEqualTo(95);
        assertThat(survey.getQuestions()).extracting(SurveyQuestion::isCorrect).containsExactly(true, false);
        assertThat(survey.getQuestions().get(1).getAnswers()).extracting(answer -> answer.getOptionValue())
                .containsExactly("Quarkus", "Spring Boot");
    }

    @Test
    void membershipDetailIdNamesTheLevel() {
        MembershipEventDetails membership = parse(KartraFixtures.event("membership-granted")).detailsAs(MembershipEventDetails.class);

        assertThat(membership.getLevelName()).isEqualTo("Gold");
        assertThat(membership.getDetailId()).isEqualTo("4/2");
    }

    @Test
    void formsAreReadUnderFormTagOrFlat() {
        assertThat(parse(KartraFixtures.event("filled-form")).detailsAs(FormEventDetails.class).getFormName()).isEqualTo("Contact us");
        assertThat(formId("{\"action\":\"filled_form\",\"action_details\":{\"form\":{\"form_id\":\"16\"}}}")).isEqualTo("16");
        assertThat(formId("{\"action\":\"filled_form\",\"action_details\":{\"form_id\":17,\"form_name\":\"Flat\"}}")).isEqualTo("17");
    }

    private static String formId(String json) {
        return parse(json).detailsAs(FormEventDetails.class).getFormId();
    }

    @Test
    void pointsAreANumberOrAnObject() {
        assertThat(parse(KartraFixtures.event("reaches-score")).detailsAs(PointsEventDetails.class).getPoints()).isEqualTo(100);
        PointsEventDetails object = parse("{\"action\":\"reaches_score\",\"action_details\":{\"points\":{\"score\":\"250\",\"rule\":\"VIP\"}}}")
                .detailsAs(PointsEventDetails.class);
        assertThat(object.getPoints()).isEqualTo(250);
        assertThat(object.getProperties()).containsEntry("rule", "VIP");
        assertThat(object.getDetailId()).isNull();
    }

    @Test
    void unknownActionsKeepTheirNameAndRawDetails() {
        KartraEvent event = parse(KartraFixtures.event("unknown-action"));

        assertThat(event.getAction()).isEqualTo(KartraEventAction.UNKNOWN);
        assertThat(event.getActionName()).isEqualTo("lead_gets_coffee");
        assertThat(event.getDetails()).isNull();
        assertThat(event.getRawDetails()).containsEntry("cups", 2).containsEntry("coffee", Map.of("coffee_id", "7", "size", "large"));
        assertThat(event.getLead().getEmail()).isEqualTo("johndoe@example.com");
    }

    @Test
    void unknownActionsWithAKnownContainerGetTypedDetails() {
        KartraEvent event = parse(KartraFixtures.event("unknown-action-with-transaction"));

        assertThat(event.getAction()).isEqualTo(KartraEventAction.UNKNOWN);
        assertThat(event.detailsAs(TransactionEventDetails.class).getTransactionId()).isEqualTo("738480");
    }

    @Test
    void notAvailableAndEmptyNumbersAreNull() {
        KartraEvent event = parse(KartraFixtures.event("not-available-values"));

        assertThat(event.getLead().getScore()).isNull();
        assertThat(event.getLead().getBlacklisted()).isNull();
        assertThat(event.getLead().getCustomFields()).isEmpty();
        TransactionEventDetails purchase = event.detailsAs(TransactionEventDetails.class);
        assertThat(purchase.getTransactionFullAmount()).isNull();
        assertThat(purchase.getTransactionQuantity()).isNull();
    }

    @Test
    void phpEmptyArraysAndMissingPartsAreEmpty() {
        KartraEvent event = parse("{\"lead\":[],\"action\":\"assign_tag\",\"action_details\":[]}");

        assertThat(event.getLead()).isNull();
        assertThat(event.getRawDetails()).isEmpty();
        assertThat(event.getDetails()).isNotNull();
        assertThat(event.getDetails().getDetailId()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "not json", "[1,2]", "\"text\"", "{\"lead\":{}}", "{\"action\":\"\"}", "{\"action\":7}",
            "{\"action\":\"assign_tag\"} trailing", "{\"action\":\"assign_tag\",\"action_details\":\"x\"}",
            "{\"action\":\"assign_tag\",\"lead\":{\"custom_fields\":[{\"field_value\":{\"a\":1}}]}}",
            "{\"action\":\"calendar_subscribe\",\"action_details\":{\"calendar\":{\"hosts\":\"nobody\"}}}" })
    void malformedPostsAreRefusedWithoutQuotingThem(String body) {
        assertThatThrownBy(() -> parse(body)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("nobody", "trailing", "not json"));
    }

    @Test
    void marshalledEventsAreKartrasEnvelope() throws Exception {
        KartraEvent event = parse(KartraFixtures.event("assign-tag"));

        Map<String, Object> envelope = KartraJson.mapper().readValue(KartraJson.mapper().writeValueAsString(event), new TypeReference<>() {
        });

        assertThat(envelope.keySet()).containsExactly("lead", "action", "action_details");
        assertThat(envelope.get("action")).isEqualTo("assign_tag");
        assertThat(envelope.get("action_details")).isEqualTo(Map.of("tag", Map.of("tag_id", "9", "tag_name", "VIP")));
        assertThat(event).hasToString("KartraEvent[action=assign_tag, leadId=1]");
    }

    private static KartraEvent parse(String json) {
        return KartraEventParser.parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
