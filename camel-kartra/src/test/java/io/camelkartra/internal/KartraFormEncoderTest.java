package io.camelkartra.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelkartra.model.CustomField;
import io.camelkartra.model.KartraAction;
import io.camelkartra.model.KartraRequest;
import io.camelkartra.model.Lead;
import io.camelkartra.support.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The encoder against bodies PHP's http_build_query produced for the equivalent arrays
 * (src/test/php/generate-wire-fixtures.php): byte for byte, pairs in the same order.
 */
class KartraFormEncoderTest {

    private static final KartraCredentials CREDENTIALS = new KartraCredentials(Fixtures.APP_ID, Fixtures.API_KEY, Fixtures.API_PASSWORD);

    @Test
    void kartrasDocumentedSampleIsReproducedExactly() {
        Lead lead = new Lead();
        lead.setEmail("john.smith@example.com");
        lead.setFirstName("John");
        lead.setLastName("Smith");
        lead.addCustomField(CustomField.text("text1", "text message"));
        lead.addCustomField(CustomField.options("checkbox1", "620", "621"));
        KartraRequest request = KartraRequest.forLead(lead).createLead().assignTag("VIP Customer")
                .subscribeLeadToList("Newsletter").build();

        String body = KartraFormEncoder.encode(CREDENTIALS, request);

        assertThat(body).isEqualTo(Fixtures.wire("sample-create-chain"));
        // and the literal text of kartra-api.md section 1.4
        assertThat(body).isEqualTo("app_id=AbCdEfGhIjKl&api_key=xYz12345&api_password=pAsSwOrD1234"
                                   + "&lead%5Bemail%5D=john.smith%40example.com&lead%5Bfirst_name%5D=John&lead%5Blast_name%5D=Smith"
                                   + "&lead%5Bcustom_fields%5D%5B0%5D%5Bfield_identifier%5D=text1"
                                   + "&lead%5Bcustom_fields%5D%5B0%5D%5Bfield_value%5D=text+message"
                                   + "&lead%5Bcustom_fields%5D%5B1%5D%5Bfield_identifier%5D=checkbox1"
                                   + "&lead%5Bcustom_fields%5D%5B1%5D%5Bfield_value%5D%5B0%5D=620"
                                   + "&lead%5Bcustom_fields%5D%5B1%5D%5Bfield_value%5D%5B1%5D=621"
                                   + "&actions%5B0%5D%5Bcmd%5D=create_lead&actions%5B1%5D%5Bcmd%5D=assign_tag"
                                   + "&actions%5B1%5D%5Btag_name%5D=VIP+Customer&actions%5B2%5D%5Bcmd%5D=subscribe_lead_to_list"
                                   + "&actions%5B2%5D%5Blist_name%5D=Newsletter");
    }

    @Test
    void getLeadByEmailAndById() {
        assertThat(KartraFormEncoder.encode(CREDENTIALS, KartraRequest.getLead(Lead.ofEmail("john.smith@example.com"))))
                .isEqualTo(Fixtures.wire("get-lead-email"));
        assertThat(KartraFormEncoder.encode(CREDENTIALS, KartraRequest.getLead(Lead.ofId("4174086"))))
                .isEqualTo(Fixtures.wire("get-lead-id"));
    }

    @Test
    void reservedAndSpecialCharactersAreEncodedLikePhp() {
        KartraRequest request = KartraRequest.forLeadEmail("o'brien+tag@example.co.uk")
                .assignTag("VIP & Friends = 100% + more [beta] ~*'()!#?/:;,").build();

        assertThat(KartraFormEncoder.encode(CREDENTIALS, request)).isEqualTo(Fixtures.wire("assign-tag-special-characters"));
    }

    @Test
    void nonAsciiTextIsEncodedAsUtf8() {
        Lead lead = Lead.ofEmail("zoe@example.com");
        lead.setFirstName("Zoë Ñandú");
        lead.setLastName("日本語 😀");
        lead.setCity("São Paulo");
        lead.setCompany("Müller & Söhne GmbH");

        assertThat(KartraFormEncoder.encode(CREDENTIALS, KartraRequest.forLead(lead).editLead().build()))
                .isEqualTo(Fixtures.wire("non-ascii-lead"));
    }

    @Test
    void customFieldsOfEveryType() {
        Lead lead = new Lead();
        lead.setId("77");
        lead.setEmail("jane@example.com");
        lead.addCustomField(CustomField.text("nickname", "JJ [the 2nd]"));
        lead.addCustomField(CustomField.text("bio", "line one\nline two\r\n= tabs\tand & more"));
        lead.addCustomField(CustomField.option("favourite_colour", "612"));
        lead.addCustomField(CustomField.option("gender", "2"));
        lead.addCustomField(CustomField.options("interests", "620", "621", "622"));
        lead.addCustomField(CustomField.text("old_notes", ""));

        assertThat(KartraFormEncoder.encode(CREDENTIALS, KartraRequest.forLead(lead).editLead().build()))
                .isEqualTo(Fixtures.wire("custom-fields-every-type"));
    }

    @Test
    void pointsAreSentAsIntegers() {
        KartraRequest request = KartraRequest.forLeadEmail("jane@example.com").givePointsToLead(25, 30).build();

        assertThat(KartraFormEncoder.encode(CREDENTIALS, request)).isEqualTo(Fixtures.wire("give-points-with-expiration"));
    }

    @Test
    void nestedParametersOfAccountCommands() {
        Map<String, Object> recurrence = new LinkedHashMap<>();
        recurrence.put("recurring_period_1", "every 2 months");
        recurrence.put("recurring_period_2", "yearly");
        KartraRequest edit = KartraRequest.forAccount().action(KartraAction.of("edit_subscription")
                .with("subscription_id", "14833")
                .with("subscription_next_payment_date", "2021-01-18 05:46")
                .with("subscription_amount", new BigDecimal("19.99"))
                .with("subscription_recurrence", recurrence)
                .with("subscription_installments_left", "until cancelled")).build();
        KartraRequest customField = KartraRequest.forAccount().action(KartraAction.of("create_custom_field")
                .with("custom_field_identifier", "shirt_size")
                .with("custom_field_type", "drop_down")
                .with("custom_field_options", List.of(Map.of("option_name", "S"), Map.of("option_name", "M"),
                        Map.of("option_name", "L / XL")))).build();
        KartraRequest refund = KartraRequest.forAccount().refundTransaction("792354", new BigDecimal("10.50")).build();

        assertThat(KartraFormEncoder.encode(CREDENTIALS, edit)).isEqualTo(Fixtures.wire("edit-subscription-recurrence"));
        assertThat(KartraFormEncoder.encode(CREDENTIALS, customField)).isEqualTo(Fixtures.wire("create-custom-field-with-options"));
        assertThat(KartraFormEncoder.encode(CREDENTIALS, refund)).isEqualTo(Fixtures.wire("refund-transaction-partial"));
    }

    @Test
    void parameterValuesFollowHttpBuildQuery() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("a b", "x+y");
        parameters.put("nothing", null);
        parameters.put("flag", true);
        parameters.put("off", false);
        parameters.put("whole", 3.0d);
        parameters.put("list", List.of("1", List.of("2", "3")));
        KartraRequest request = KartraRequest.forAccount().action(KartraAction.of("x", parameters)).build();

        assertThat(KartraFormEncoder.encode(CREDENTIALS, request)).endsWith("&actions%5B0%5D%5Bcmd%5D=x"
                + "&actions%5B0%5D%5Ba+b%5D=x%2By&actions%5B0%5D%5Bflag%5D=1&actions%5B0%5D%5Boff%5D=0&actions%5B0%5D%5Bwhole%5D=3"
                + "&actions%5B0%5D%5Blist%5D%5B0%5D=1&actions%5B0%5D%5Blist%5D%5B1%5D%5B0%5D=2&actions%5B0%5D%5Blist%5D%5B1%5D%5B1%5D=3");
    }

    @Test
    void loneSurrogatesBecomeQuestionMarksLikeJavasOwnEncoder() {
        assertThat(KartraFormEncoder.urlencode("a\uD800b")).isEqualTo("a%3Fb");
    }
}
