package io.camelkartra.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each reply shape on a reply with every value it rewrites; the documented reply itself is never changed. */
class ReplyShapeTest {

    private static final Map<String, Object> GET_LEAD = Map.of("status", "Success", "type", "0",
            "lead_details", Map.of("id", "123", "zip", "01234", "phone", "5550100", "score", "0",
                    "gdpr_lead_status_date", "2026-03-05 14:02:11",
                    "memberships", List.of(Map.of("membership_name", "Academy", "active", "1"))));
    private static final Map<String, Object> TRANSACTIONS = Map.of("status", "Success", "actions", List.of(Map.of(
            "retrieve_transactions_from_lead", Map.of("transaction_list", List.of(Map.of("transaction_id", "48110", "amount", "0.00"))))));

    @Test
    void documentedLeavesTheReplyAsItIsServedAsJson() {
        assertThat(ReplyShape.DOCUMENTED.render(GET_LEAD)).isSameAs(GET_LEAD);
        assertThat(ReplyShape.DOCUMENTED.contentType("application/json")).isEqualTo("application/json");
    }

    @Test
    void valuesAsNumbersTurnsNumericTextsIntoNumbersButNotZipCodes() {
        Map<String, Object> reply = ReplyShape.VALUES_AS_NUMBERS.render(GET_LEAD);
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) reply.get("lead_details");

        assertThat(reply).containsEntry("type", 0L).containsEntry("status", "Success");
        assertThat(details).containsEntry("id", 123L).containsEntry("score", 0L).containsEntry("phone", 5550100L)
                .containsEntry("zip", "01234");
        assertThat(details.get("memberships").toString()).contains("active=1");
        assertThat(ReplyShape.VALUES_AS_NUMBERS.render(TRANSACTIONS).toString()).contains("amount=0.00");
        assertThat(((Map<?, ?>) ((List<?>) ((Map<?, ?>) ((Map<?, ?>) ((List<?>) ReplyShape.VALUES_AS_NUMBERS.render(TRANSACTIONS)
                .get("actions")).get(0)).get("retrieve_transactions_from_lead")).get("transaction_list")).get(0)).get("amount"))
                .isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void leadDetailsAsStringEncodesTheTopLevelLeadDetails() {
        Map<String, Object> reply = ReplyShape.LEAD_DETAILS_AS_STRING.render(GET_LEAD);

        assertThat(reply.get("lead_details")).isInstanceOf(String.class).asString().startsWith("{").contains("\"id\":\"123\"");
        assertThat(GET_LEAD.get("lead_details")).isInstanceOf(Map.class);
    }

    @Test
    void olderNamesRenameTheTransactionsKeyAndMembershipNameAndWriteTheDayFirstDate() {
        assertThat(ReplyShape.OLDER_NAMES.render(TRANSACTIONS).toString())
                .contains("get_transactions_from_lead=").doesNotContain("retrieve_transactions_from_lead");
        String lead = ReplyShape.OLDER_NAMES.render(GET_LEAD).toString();
        assertThat(lead).contains("gdpr_lead_status_date=05 Mar 2026 14:02:11", "name=Academy").doesNotContain("membership_name");
    }

    @Test
    void textHtmlOnlyChangesTheContentType() {
        assertThat(ReplyShape.TEXT_HTML.render(GET_LEAD)).isSameAs(GET_LEAD);
        assertThat(ReplyShape.TEXT_HTML.contentType("application/json")).isEqualTo("text/html; charset=UTF-8");
    }
}
