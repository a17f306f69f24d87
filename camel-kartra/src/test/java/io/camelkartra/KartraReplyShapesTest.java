package io.camelkartra;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;

import io.camelkartra.model.KartraResponse;
import io.camelkartra.model.KartraTimes;
import io.camelkartra.model.Lead;
import io.camelkartra.model.LeadMembership;
import io.camelkartra.model.LeadTag;
import io.camelkartra.model.TransactionSummary;
import io.camelkartra.support.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reply shapes that clients of the live API report beside the documented ones (kartra-realworld.md, "Replies"):
 * one fixture per variant, each read as its documented twin is.
 */
class KartraReplyShapesTest {

    private static KartraOutcome read(KartraOperation operation, String fixture) {
        KartraCall call = new KartraCall(operation, null, null, List.of(operation.getCommand()), operation.isReplaySafe());
        return KartraResponseReader.read(call, 200, null, Fixtures.reply(fixture).getBytes(StandardCharsets.UTF_8), null);
    }

    private static Lead lead(String fixture) {
        KartraOutcome outcome = read(KartraOperation.getLead, fixture);
        assertThat(outcome.failure()).as(fixture).isNull();
        return (Lead) outcome.body();
    }

    @Test
    void valuesSentAsJsonNumbersReadAsTheirText() {
        Lead lead = lead("get-lead-values-as-numbers.json");

        assertThat(lead.getId()).isEqualTo("123");
        assertThat(lead.getPhone()).isEqualTo("5550100");
        assertThat(lead.getZip()).isEqualTo("10001");
        assertThat(lead.getScore()).isEqualTo(42);
        assertThat(lead.getGdprLeadStatus()).isEqualTo(2);
        assertThat(lead.getCustomFields()).extracting(c -> c.getFieldId()).containsExactly("12", "14");
        assertThat(lead.getCustomFields().get(0).getOptionIds()).containsExactly("1");
        assertThat(lead.getCustomFields().get(1).getText()).isEqualTo("37");
        assertThat(lead.getLists().get(0).getListId()).isEqualTo("3");
        assertThat(lead.getSequences().get(0).getStep()).isEqualTo("2");
        assertThat(lead.getMemberships().get(0).getActive()).isEqualTo("1");
        assertThat(lead.getMemberships().get(0).isGranted()).isTrue();
    }

    @Test
    void leadDetailsSentAsAJsonEncodedStringReadAsTheObject() {
        KartraOutcome outcome = read(KartraOperation.getLead, "get-lead-details-as-string.json");
        Lead lead = (Lead) outcome.body();

        assertThat(lead.getId()).isEqualTo("123");
        assertThat(lead.getEmail()).isEqualTo("joe@example.com");
        assertThat(lead.getScore()).isEqualTo(42);
        assertThat(lead.getTags()).extracting(LeadTag::getTagName).containsExactly("VIP");
        assertThat(lead.getCustomFields().get(0).getText()).isEqualTo("JJ");
        assertThat(outcome.leadId()).isEqualTo("123");
    }

    @Test
    void tagsWithoutIdsReadByName() {
        Lead lead = lead("get-lead-tags-without-ids.json");

        assertThat(lead.getTags()).extracting(LeadTag::getTagName).containsExactly("VIP", "Buyer");
        assertThat(lead.getTags()).extracting(LeadTag::getTagId).containsOnlyNulls();
    }

    @Test
    void membershipsNamedNameOrMembershipNameReadTheSame() {
        List<LeadMembership> byName = lead("get-lead-memberships-named-name.json").getMemberships();
        List<LeadMembership> byMembershipName = lead("get-lead-memberships-named-membership-name.json").getMemberships();

        for (List<LeadMembership> memberships : List.of(byName, byMembershipName)) {
            assertThat(memberships).extracting(LeadMembership::getMembershipName).containsExactly("Academy", "Old Club");
            assertThat(memberships).extracting(LeadMembership::getLevelName).containsExactly("Gold", "Basic");
            assertThat(memberships).extracting(LeadMembership::isGranted).containsExactly(true, false);
        }
    }

    @Test
    void gdprStatusDatesInEitherDocumentedFormatAreTheSameTime() {
        ZonedDateTime expected = ZonedDateTime.of(2026, 3, 5, 14, 2, 11, 0, KartraTimes.EASTERN);

        assertThat(lead("get-lead-gdpr-date-day-month-year.json").getGdprLeadStatusTime()).isEqualTo(expected);
        assertThat(lead("get-lead-gdpr-date-iso.json").getGdprLeadStatusTime()).isEqualTo(expected);
        assertThat(lead("get-lead-gdpr-date-day-month-year.json").getGdprLeadStatusDate()).isEqualTo("05 Mar 2026 14:02:11");
    }

    @Test
    void aLeadNestedInAnActionResultWithUnknownFieldsIsRead() {
        Lead lead = lead("get-lead-in-actions.json");

        assertThat(lead.getId()).isEqualTo("123");
        assertThat(lead.getEmail()).isEqualTo("joe@example.com");
    }

    @Test
    void unknownFieldsOfALeadAreKept() {
        assertThat(lead("get-lead.json").getAdditionalProperties()).containsEntry("some_future_field", "kept");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOlderTransactionsKeyIsReadWithItsAmountsKept() {
        KartraOutcome outcome = read(KartraOperation.retrieveTransactionsFromLead, "transactions-older-key.json");
        List<TransactionSummary> transactions = (List<TransactionSummary>) outcome.body();

        assertThat(outcome.failure()).isNull();
        assertThat(transactions).extracting(TransactionSummary::getTransactionId).containsExactly("48110", "48111");
        assertThat(transactions).extracting(TransactionSummary::getTransactionType).containsExactly("sale", "refund");
        assertThat(transactions.get(1).getAdditionalProperties()).containsEntry("transaction_full_amount", "0.00");
    }

    @Test
    void notFoundIsJudgedByItsTypeWhateverTheWording() {
        KartraOutcome outcome = read(KartraOperation.getLead, "lead-not-found-other-wording.json");

        assertThat(outcome.failure()).isInstanceOf(KartraLeadNotFoundException.class);
        assertThat(outcome.failure().getType()).isEqualTo(234);
        assertThat(outcome.failure().getKartraMessage()).isEqualTo("Lead Not Found");
    }

    @Test
    void aNumericTypeAndUnknownFieldsInAnActionResultAreKept() {
        KartraOutcome outcome = read(KartraOperation.assignTag, "assign-tag-numbers-and-unknown-fields.json");
        KartraResponse response = outcome.response();

        assertThat(outcome.failure()).isNull();
        assertThat(outcome.type()).isEqualTo(103);
        assertThat(response.getActions().get(0).getData()).containsEntry("tag_name", "VIP").containsEntry("elapsed_ms", 12);
        assertThat(response.getData()).containsEntry("server", "kartra-7");
    }
}
