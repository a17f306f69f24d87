package io.camelkartra;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import io.camelkartra.internal.KartraCredentials;
import io.camelkartra.model.CustomFieldDefinition;
import io.camelkartra.model.CustomFieldType;
import io.camelkartra.model.KartraResponse;
import io.camelkartra.model.Lead;
import io.camelkartra.model.SubscriptionDetails;
import io.camelkartra.model.TransactionDetails;
import io.camelkartra.model.TransactionSummary;
import io.camelkartra.support.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every documented reply shape, and the replies that are not Kartra envelopes. */
class KartraResponseReaderTest {

    private static KartraCall call(KartraOperation operation) {
        return new KartraCall(operation, null, null, List.of(operation.getCommand()), operation.isReplaySafe());
    }

    private static KartraOutcome read(KartraCall call, String fixture) {
        return read(call, 200, Fixtures.reply(fixture));
    }

    private static KartraOutcome read(KartraCall call, int status, String body) {
        return KartraResponseReader.read(call, status, null, body.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void flatAndNestedSuccessAreBothSuccesses() {
        KartraOutcome flat = read(call(KartraOperation.assignTag), "assign-tag-success-flat.json");
        KartraOutcome nested = read(call(KartraOperation.assignTag), "assign-tag-success-in-actions.json");

        assertThat(flat.isFailure()).isFalse();
        assertThat(flat.response().getType()).isEqualTo(103);
        assertThat(flat.body()).isSameAs(flat.response());
        assertThat(nested.isFailure()).isFalse();
        assertThat(nested.response().getActions()).singleElement().satisfies(a -> {
            assertThat(a.getCommand()).isEqualTo("assign_tag");
            assertThat(a.getType()).isEqualTo(103);
            assertThat(a.getMessage()).isEqualTo("Tag added to lead");
        });
    }

    @Test
    void flatErrorBecomesTheTypedExceptionOfItsCategory() {
        KartraOutcome reply = read(call(KartraOperation.assignTag), "tag-does-not-exist.json");

        assertThat(reply.failure()).isInstanceOf(KartraNotFoundException.class);
        KartraException e = reply.failure();
        assertThat(e.getType()).isEqualTo(212);
        assertThat(e.getKartraMessage()).isEqualTo("Tag does not exist");
        assertThat(e.getCommand()).isEqualTo("assign_tag");
        assertThat(e.getActionIndex()).isZero();
        assertThat(e.getCategory()).isEqualTo(KartraErrorCategory.NOT_FOUND);
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getMessage()).isEqualTo("Kartra error 212 (Tag does not exist) from assign_tag (action 0)");
        assertThat(e.getRawResponse()).contains("\"212\"");
    }

    @Test
    void typeMayBeANumber() {
        KartraOutcome reply = read(call(KartraOperation.getSubscriptionDetails), "subscription-does-not-exist-numeric-type.json");

        assertThat(reply.failure()).isInstanceOf(KartraNotFoundException.class);
        assertThat(reply.failure().getType()).isEqualTo(248);
    }

    @Test
    void genericErrorsAreCallLevel() {
        KartraOutcome reply = read(call(KartraOperation.assignTag), "api-key-not-valid.json");

        assertThat(reply.failure()).isInstanceOf(KartraAuthenticationException.class);
        assertThat(reply.failure().getActionIndex()).isEqualTo(-1);
        assertThat(reply.failure().getType()).isEqualTo(203);
    }

    @Test
    void theFirstFailingActionOfAChainDecidesAndEveryResultStaysAttached() {
        KartraCall chain = new KartraCall(KartraOperation.call, null, null, List.of("create_lead", "assign_tag", "subscribe_lead_to_list"), false);

        KartraOutcome reply = read(chain, "chain-failing-middle.json");

        KartraException e = reply.failure();
        assertThat(e).isInstanceOf(KartraNotFoundException.class);
        assertThat(e.getType()).isEqualTo(212);
        assertThat(e.getActionIndex()).isEqualTo(1);
        assertThat(e.getCommand()).isEqualTo("assign_tag");
        KartraResponse response = e.getResponse();
        assertThat(response.getActions()).extracting(a -> a.getCommand() + ":" + a.isSuccess())
                .containsExactly("create_lead:true", "assign_tag:false", "subscribe_lead_to_list:true");
        assertThat(response.getActions().get(0).getData()).containsKey("lead_details");
    }

    @Test
    void callLevelErrorOfAChainIsBlamedOnTheCommandThatAnswersIt() {
        KartraCall chain = new KartraCall(KartraOperation.call, null, null, List.of("create_lead", "assign_tag"), false);

        KartraOutcome reply = read(chain, "lead-already-exists.json");

        assertThat(reply.failure()).isInstanceOf(KartraLeadExistsException.class);
        assertThat(reply.failure().getCommand()).isEqualTo("create_lead");
        assertThat(reply.failure().getActionIndex()).isZero();
    }

    @Test
    void unknownTypesStillArriveAsKartraExceptions() {
        KartraOutcome reply = read(call(KartraOperation.assignTag), "unknown-type.json");

        assertThat(reply.failure().getClass()).isEqualTo(KartraException.class);
        assertThat(reply.failure().getCategory()).isEqualTo(KartraErrorCategory.UNKNOWN);
        assertThat(reply.failure().getType()).isEqualTo(299);
        assertThat(reply.failure().getKartraMessage()).isEqualTo("Something new went wrong");
    }

    @Test
    void getLeadIsTyped() {
        KartraOutcome reply = read(call(KartraOperation.getLead), "get-lead.json");

        Lead lead = (Lead) reply.body();
        assertThat(reply.response()).as("no KartraResponse is built for a typed body").isNull();
        assertThat(reply.status()).isEqualTo("Success");
        assertThat(reply.leadId()).isEqualTo("123");
        assertThat(lead.getId()).isEqualTo("123");
        assertThat(lead.getScore()).isEqualTo(42);
        assertThat(lead.getBlacklisted()).isZero();
        assertThat(lead.getDateJoinedTime()).hasToString("2024-03-10T14:05-04:00[America/New_York]");
        assertThat(lead.getTagNames()).containsExactly("VIP", "Buyer");
        assertThat(lead.getLists()).singleElement().satisfies(l -> assertThat(l.getListName()).isEqualTo("Newsletter"));
        assertThat(lead.getSequences().get(0).getStep()).isEqualTo("2");
        assertThat(lead.getMemberships().get(0).getLevelName()).isEqualTo("Gold");
        assertThat(lead.getCustomField("gender").getType()).isEqualTo(CustomFieldType.RADIO_BUTTON);
        assertThat(lead.getCustomField("gender").getSelectedOptions().get(0).getOptionValue()).isEqualTo("male");
        assertThat(lead.getCustomField("interests").getOptionIds()).containsExactly("620", "621");
        assertThat(lead.getCustomField("nickname").getText()).isEqualTo("JJ");
        assertThat(lead.getCustomField("bio").getText()).isEmpty();
        assertThat(lead.getAdditionalProperties()).containsEntry("some_future_field", "kept");
    }

    @Test
    void getLeadNotFound() {
        assertThat(read(call(KartraOperation.getLead), "no-lead-found.json").failure())
                .isInstanceOf(KartraLeadNotFoundException.class)
                .extracting(e -> ((KartraException) e).getType()).isEqualTo(234);
    }

    @Test
    void accountListsAtTopLevelOrInActions() {
        assertThat(read(call(KartraOperation.retrieveAccountTags), "account-tags-top-level.json").body())
                .isEqualTo(List.of("Tag name 1", "Tag name 2"));
        KartraOutcome lists = read(call(KartraOperation.retrieveAccountLists), "account-lists-in-actions.json");
        assertThat(lists.body()).isEqualTo(List.of("Newsletter", "Customers"));
        assertThat(lists.status()).isEqualTo("Success");
        assertThat(read(call(KartraOperation.retrieveAccountSequences), "account-sequences-empty.json").body())
                .isEqualTo(List.of());
    }

    @Test
    @SuppressWarnings("unchecked")
    void customFieldDefinitions() {
        List<CustomFieldDefinition> fields = (List<CustomFieldDefinition>) read(call(KartraOperation.retrieveCustomFields),
                "custom-fields.json").body();

        assertThat(fields).hasSize(2);
        assertThat(fields.get(0).getType()).isEqualTo(CustomFieldType.RADIO_BUTTON);
        assertThat(fields.get(0).getFieldValue()).extracting(o -> o.getOptionId() + "=" + o.getOptionValue())
                .containsExactly("1=male", "2=female");
        assertThat(fields.get(1).getType()).isEqualTo(CustomFieldType.INPUT_FIELD);
        assertThat(fields.get(1).getFieldValue()).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void bareCommandShapesOfTransactionsAndSubscriptions() {
        List<TransactionSummary> transactions = (List<TransactionSummary>) read(call(KartraOperation.retrieveTransactionsFromLead),
                "transactions-from-lead.json").body();
        SubscriptionDetails subscription = (SubscriptionDetails) read(call(KartraOperation.getSubscriptionDetails),
                "subscription-details.json").body();
        TransactionDetails transaction = (TransactionDetails) read(call(KartraOperation.getTransactionDetails),
                "transaction-details.json").body();

        assertThat(transactions).extracting(TransactionSummary::getTransactionType).containsExactly("sale", "refund");
        assertThat(subscription.getSubscriptionStatus()).isEqualTo("Active");
        assertThat(subscription.getSubscriptionCurrentInstallment()).isEqualTo(3);
        assertThat(subscription.getSubscriptionNextScheduledPaymentAmount()).isNull();
        assertThat(transaction.getTransactionFullAmount()).isEqualByComparingTo(new BigDecimal("97.00"));
        assertThat(transaction.getTransactionQuantity()).isEqualTo(1);
    }

    @Test
    void writeResultsKeepTheirData() {
        KartraResponse refund = read(call(KartraOperation.refundTransaction), "refund-transaction.json").response();
        KartraResponse cancel = read(call(KartraOperation.cancelTransaction), "cancel-transaction.json").response();
        KartraResponse modify = read(call(KartraOperation.modifySubscriptionStatus), "modify-subscription-status.json").response();
        KartraResponse search = read(call(KartraOperation.searchTransaction), "search-transaction.json").response();

        assertThat(refund.isSuccess()).isTrue();
        assertThat(refund.getAction("refund_transaction").orElseThrow().getData()).containsEntry("transaction_refunded", "792354");
        assertThat(cancel.getAction("cancel_transaction").orElseThrow().getData())
                .containsEntry("transaction_internal_subscription_id", "14833");
        assertThat(modify.getActions().get(0).getType()).isEqualTo(115);
        assertThat(search.isSuccess()).isTrue();
        assertThat(search.getMessage()).isEqualTo("Transaction exists");
    }

    @Test
    void http429IsARateLimitThatIsAlwaysRetryable() {
        KartraCall refund = call(KartraOperation.refundTransaction);

        KartraOutcome reply = read(refund, 429, Fixtures.reply("too-many-requests.json"));
        KartraOutcome withHeader = KartraResponseReader.read(refund, 429, "3", new byte[0], null);

        assertThat(reply.failure()).isInstanceOf(KartraRateLimitException.class);
        assertThat(reply.failure().isRetryable()).isTrue();
        assertThat(reply.failure().getRetryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(reply.failure().getHttpStatus()).isEqualTo(429);
        assertThat(withHeader.failure().getRetryAfter()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void replyThatIsNoEnvelopeIsATransportFailureRetryableOnlyWhenReplayIsSafe() {
        KartraCall safe = call(KartraOperation.assignTag);
        KartraCall unsafe = call(KartraOperation.givePointsToLead);

        for (String body : new String[] { Fixtures.reply("html-error-page.html"), Fixtures.reply("truncated.json"), "", "[1,2]", "{}" }) {
            KartraOutcome safeReply = read(safe, 200, body);
            KartraOutcome unsafeReply = read(unsafe, 200, body);
            assertThat(safeReply.failure()).as(body).isInstanceOf(KartraTransportException.class);
            assertThat(safeReply.failure().isRetryable()).as(body).isTrue();
            assertThat(unsafeReply.failure().isRetryable()).as(body).isFalse();
        }
        assertThat(read(safe, 200, Fixtures.reply("html-error-page.html")).failure().getKartraMessage()).contains("HTML page");
        assertThat(read(safe, 200, Fixtures.reply("truncated.json")).failure().getKartraMessage()).contains("truncated");
    }

    @Test
    void httpErrorStatuses() {
        KartraOutcome gateway = read(call(KartraOperation.assignTag), 502, Fixtures.reply("html-error-page.html"));
        KartraOutcome forbidden = read(call(KartraOperation.assignTag), 403, "forbidden by proxy");

        assertThat(gateway.failure()).isInstanceOf(KartraTransportException.class);
        assertThat(gateway.failure().getHttpStatus()).isEqualTo(502);
        assertThat(gateway.failure().isRetryable()).isTrue();
        assertThat(forbidden.failure().isRetryable()).isFalse();
    }

    @Test
    void successfulReplyWithoutTheReadDataIsAFailure() {
        KartraOutcome reply = read(call(KartraOperation.getLead), 200, "{\"status\":\"Success\"}");

        assertThat(reply.failure()).isInstanceOf(KartraTransportException.class);
        assertThat(reply.failure().getKartraMessage()).contains("lead_details");
    }

    @Test
    void rawRepliesAreCutAndCredentialsMasked() {
        KartraCredentials credentials = new KartraCredentials("AppIdSecret1", "KeySecret", "PasswordSecret");
        String body = "{\"status\":\"Error\",\"message\":\"echo PasswordSecret KeySecret AppIdSecret1\",\"type\":\"299\""
                      + ",\"pad\":\"" + "x".repeat(10_000) + "\"}";

        KartraOutcome reply = KartraResponseReader.read(call(KartraOperation.assignTag), 200, null, body.getBytes(StandardCharsets.UTF_8),
                credentials);

        assertThat(reply.failure().getRawResponse()).doesNotContain("PasswordSecret", "KeySecret", "AppIdSecret1")
                .hasSizeLessThan(KartraResponseReader.RAW_LIMIT + 40);
        assertThat(reply.failure().getMessage()).doesNotContain("PasswordSecret", "KeySecret", "AppIdSecret1");
        assertThat(reply.failure().getKartraMessage()).isEqualTo("echo *** *** ***");
    }
}
