package io.camelkartra.internal;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import io.camelkartra.model.KartraIpnNotification;
import io.camelkartra.model.KartraIpnTransactionType;
import io.camelkartra.model.KartraTimes;
import io.camelkartra.support.KartraFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class KartraIpnParserTest {

    @ParameterizedTest
    @CsvSource({ "sale, SALE, 1001", "sale-with-trial, SALE, 1010", "rebill, REBILL, 1011", "refund, REFUND, 1002",
            "partial-refund, PARTIAL_REFUND, 1003", "chargeback, CHARGEBACK, 1004", "failed, FAILED, 1012",
            "cancellation, CANCELLATION, 1013", "unknown-type, UNKNOWN, 1020", "legacy-buyer-refund, REFUND, 1030" })
    void everyTransactionTypeIsTyped(String fixture, KartraIpnTransactionType type, String transactionId) {
        KartraIpnNotification notification = parse(fixture);

        assertThat(notification.getType()).isEqualTo(type);
        assertThat(notification.getTransactionId()).isEqualTo(transactionId);
        assertThat(notification.getVariables()).doesNotContainKey("secret_key").containsKey("transaction_type");
        assertThat(notification.getTransactionTime()).isNotNull();
        assertThat(notification.getTransactionTime().getZone().getId()).isEqualTo("America/New_York");
    }

    @Test
    void refundsAreTypedWithNotAvailableAsNull() {
        KartraIpnNotification refund = parse("refund");

        assertThat(refund.getTransactionType()).isEqualTo("refund");
        assertThat(refund.getTransactionParentId()).isEqualTo("1001");
        assertThat(refund.getTransactionFullAmount()).isEqualByComparingTo(new BigDecimal("19.95"));
        assertThat(refund.getTransactionBaseAmount()).isEqualByComparingTo(new BigDecimal("17.00"));
        assertThat(refund.getTransactionTax()).isEqualByComparingTo(new BigDecimal("2.95"));
        assertThat(refund.getTransactionTime()).hasToString("2024-03-10T14:05:09-04:00[America/New_York]");
        assertThat(refund.getTransactionAffiliate()).isNull();
        assertThat(refund.getTransactionJv()).isNull();
        assertThat(refund.getTransactionSubscriptionId()).isNull();
        assertThat(refund.getTransactionSubscriptionPayNumber()).isNull();
        assertThat(refund.getTrialAmount()).isNull();
        assertThat(refund.getTrialPeriod()).isNull();
        assertThat(refund.isTrialOrder()).isFalse();
        assertThat(refund.getVendorTrackingLink()).isNull();
        assertThat(refund.getLeadEmail()).isEqualTo("johndoe@example.com");
        assertThat(refund.getLeadPhoneCountryCode()).isEqualTo("+1");
        assertThat(refund.getLeadCountryCode3()).isEqualTo("USA");
        assertThat(refund.getGdprLeadStatus()).isEqualTo(2);
        assertThat(refund.getVariables()).containsEntry("transaction_affiliate", "N/A").containsEntry("lead_email", "johndoe@example.com");
    }

    @Test
    void trialsAndSubscriptionsAreTyped() {
        KartraIpnNotification sale = parse("sale-with-trial");

        assertThat(sale.isTrialOrder()).isTrue();
        assertThat(sale.getTrialAmount()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(sale.getTrialPeriod()).isEqualTo(14);
        assertThat(sale.getPaymentsLeft()).isEqualTo(11);
        assertThat(sale.getTransactionSubscriptionPayNumber()).isEqualTo(1);
        assertThat(sale.getTransactionInternalSubscriptionId()).isEqualTo("9001");
        assertThat(sale.getOriginalId()).isEqualTo("1010");
    }

    @Test
    void cancellationsHaveNoAmounts() {
        KartraIpnNotification cancellation = parse("cancellation");

        assertThat(cancellation.getTransactionFullAmount()).isNull();
        assertThat(cancellation.getTransactionSubscriptionId()).isEqualTo("I-SUB123");
    }

    @Test
    void legacyBuyerNamesAndTrialPaymentAreRead() {
        KartraIpnNotification legacy = parse("legacy-buyer-refund");

        assertThat(legacy.getLeadId()).isEqualTo("7");
        assertThat(legacy.getLeadEmail()).isEqualTo("jane.roe+legacy@example.com");
        assertThat(legacy.getLeadFirstName()).isEqualTo("Jane");
        assertThat(legacy.getLeadUsername()).isEqualTo("janeroe");
        assertThat(legacy.getLeadPhoneCountryCode()).isEqualTo("+44");
        assertThat(legacy.getLeadPhoneNumber()).isEqualTo("2079460000");
        assertThat(legacy.getLeadCity()).isEqualTo("London");
        assertThat(legacy.getLeadState()).isNull();
        assertThat(legacy.getLeadIp()).isEqualTo("198.51.100.4");
        assertThat(legacy.getTrial()).isZero();
        assertThat(legacy.getTransactionAffiliate()).as("legacy empty texts").isNull();
        assertThat(legacy.getVariables()).containsKey("buyer_email").doesNotContainKey("lead_email");
    }

    @Test
    void legacyEmptyTextsAreNullAndTrialPaymentIsTheTrial() {
        KartraIpnNotification legacy = parse("legacy-empty-values-trial-payment");

        assertThat(legacy.getTransactionParentId()).isNull();
        assertThat(legacy.getTransactionAffiliate()).isNull();
        assertThat(legacy.getTransactionSubscriptionPayNumber()).isNull();
        assertThat(legacy.getLeadCity()).isNull();
        assertThat(legacy.getLeadCountry()).isEqualTo("United Kingdom");
        assertThat(legacy.getLeadEmail()).isEqualTo("jane.roe@example.com");
        assertThat(legacy.getTrial()).isEqualTo(1);
        assertThat(legacy.isTrialOrder()).isTrue();
        assertThat(legacy.getTrialPeriod()).isEqualTo(7);
    }

    @Test
    void gdprStatusDatesInEitherDocumentedFormatAreTheSameTime() {
        ZonedDateTime expected = ZonedDateTime.of(2026, 3, 5, 14, 2, 11, 0, KartraTimes.EASTERN);

        assertThat(parse("gdpr-date-day-month-year").getGdprLeadStatusTime()).isEqualTo(expected);
        assertThat(parse("gdpr-date-iso").getGdprLeadStatusTime()).isEqualTo(expected);
        assertThat(parse("gdpr-date-day-month-year").getGdprLeadStatusDate()).isEqualTo("05 Mar 2026 14:02:11");
    }

    @Test
    void currentNamesWinOverLegacyOnes() {
        KartraIpnNotification both = KartraIpnParser.parse(Map.of("lead_email", "new@example.com", "buyer_email", "old@example.com"));

        assertThat(both.getLeadEmail()).isEqualTo("new@example.com");
    }

    @Test
    void unknownTypesKeepKartrasText() {
        KartraIpnNotification unknown = parse("unknown-type");

        assertThat(unknown.getTransactionType()).isEqualTo("dispute_opened");
    }

    @Test
    void marshalledNotificationsAreThePostedVariables() throws Exception {
        KartraIpnNotification sale = parse("sale");

        Map<String, String> json = KartraJson.mapper().readValue(KartraJson.mapper().writeValueAsString(sale), new TypeReference<>() {
        });

        assertThat(json).isEqualTo(sale.getVariables()).doesNotContainKey("secret_key");
        assertThat(sale).hasToString("KartraIpnNotification[type=sale, transactionId=1001]");
    }

    private static KartraIpnNotification parse(String fixture) {
        return KartraIpnParser.parse(UrlEncodedForm.parse(KartraFixtures.ipn(fixture)));
    }
}
