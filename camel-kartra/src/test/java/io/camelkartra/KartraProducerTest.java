package io.camelkartra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelkartra.model.KartraRequest;
import io.camelkartra.model.KartraResponse;
import io.camelkartra.model.Lead;
import io.camelkartra.simulator.Reply;
import io.camelkartra.support.Fixtures;
import io.camelkartra.support.KartraSimulatorTestSupport;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The producer over real HTTP against the simulator's scripted replies: what it sends, what it makes of replies. */
class KartraProducerTest extends KartraSimulatorTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:createWithFollowUps")
                        .to("kartra:createLead?tagNames=VIP,Buyer&listNames=Newsletter&sequenceName=Onboarding&step=1&points=10");
                from("direct:assignTag").to("kartra:assignTag?tagName=VIP Customer");
                from("direct:assign_tag").to("kartra:assign_tag");
                from("direct:editLead").to("kartra:editLead");
                from("direct:getLead").to("kartra:getLead");
                from("direct:call").to("kartra:call");
                from("direct:retrieveAccountTags").to("kartra:retrieveAccountTags");
                from("direct:noThrow").to("kartra:assignTag?tagName=Nope&throwExceptionOnFailure=false");
                from("direct:refund").to("kartra:refundTransaction?transactionId=792354");
                from("direct:editSubscription").to("kartra:editSubscription?subscriptionId=14833"
                                                   + "&subscriptionNextPaymentDate=2021-01-18 05:46&subscriptionAmount=19.99"
                                                   + "&subscriptionRecurringPeriod1=every 2 months&subscriptionRecurringPeriod2=yearly"
                                                   + "&subscriptionInstallmentsLeft=until cancelled");
                from("direct:createCustomField").to("kartra:createCustomField?customFieldIdentifier=shirt_size"
                                                    + "&customFieldType=drop_down&customFieldOptions=S,M,L / XL");
                from("direct:calendar").to("kartra:calendarSubscribe?calendarName=Coaching Calls&className=1:1 Strategy"
                                           + "&startingDate=16 Jan 2030&startingHour=15:00");
            }
        };
    }

    @Test
    void createLeadWithFollowUpOptionsSendsOneCallIdenticalToPhp() {
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("email", "new.lead@example.com");
        lead.put("firstName", "New");
        lead.put("phone", "+1 555 0100");
        simulator().enqueue(Reply.json(Fixtures.reply("create-lead-chain-success.json")));

        Exchange reply = template.request("direct:createWithFollowUps", e -> e.getMessage().setBody(lead));

        assertThat(reply.getException()).isNull();
        assertThat(requests()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.contentType()).isEqualTo("application/x-www-form-urlencoded");
            assertSentAs(r, Fixtures.wire("create-lead-with-follow-ups"));
        });
        assertThat(reply.getMessage().getBody()).isInstanceOf(KartraResponse.class);
        assertThat(reply.getMessage().getHeader(KartraConstants.LEAD_ID)).isEqualTo("1234");
        assertThat(reply.getMessage().getHeader(KartraConstants.STATUS)).isEqualTo("Success");
    }

    @Test
    void optionsAndHeadersOfAccountCommandsAreSentLikePhp() {
        simulator().enqueue(SUCCESS, SUCCESS, SUCCESS, SUCCESS, SUCCESS);
        template.sendBody("direct:refund", null);
        template.sendBodyAndHeader("direct:refund", null, KartraConstants.REFUND_AMOUNT, "10.50");
        template.sendBody("direct:editSubscription", null);
        template.sendBody("direct:createCustomField", null);
        template.sendBodyAndHeader("direct:calendar", null, KartraConstants.LEAD_EMAIL, "jane@example.com");

        List<String> expected = List.of(
                "app_id=AbCdEfGhIjKl&api_key=xYz12345&api_password=pAsSwOrD1234&actions%5B0%5D%5Bcmd%5D=refund_transaction"
                + "&actions%5B0%5D%5Btransaction_id%5D=792354",
                Fixtures.wire("refund-transaction-partial"),
                Fixtures.wire("edit-subscription-recurrence"),
                Fixtures.wire("create-custom-field-with-options"),
                Fixtures.wire("calendar-subscribe"));
        assertThat(requests()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertSentAs(requests().get(i), expected.get(i));
        }
    }

    @Test
    void snakeCaseOperationAndTagHeader() {
        simulator().enqueue(SUCCESS);
        template.sendBodyAndHeaders("direct:assign_tag", "o'brien+tag@example.co.uk",
                Map.of(KartraConstants.TAG_NAME, "VIP & Friends = 100% + more [beta] ~*'()!#?/:;,"));

        assertSentAs(lastRequest(), Fixtures.wire("assign-tag-special-characters"));
    }

    @Test
    void headerOverridesTheOptionAndTheLeadHeadersTheBody() {
        simulator().enqueue(SUCCESS);
        template.sendBodyAndHeaders("direct:assignTag", Lead.ofEmail("body@example.com"),
                Map.of(KartraConstants.TAG_NAME, "Buyer", KartraConstants.LEAD_ID, "55"));

        assertSentAs(lastRequest(), "app_id=AbCdEfGhIjKl&api_key=xYz12345&api_password=pAsSwOrD1234"
                                    + "&lead%5Bid%5D=55&actions%5B0%5D%5Bcmd%5D=assign_tag"
                                    + "&actions%5B0%5D%5Btag_name%5D=Buyer");
    }

    @Test
    void leadBodiesOfEveryKind() {
        String json = "{\"id\":\"77\",\"email\":\"jane@example.com\",\"custom_fields\":["
                      + "{\"field_identifier\":\"nickname\",\"field_value\":\"JJ [the 2nd]\"},"
                      + "{\"field_identifier\":\"bio\",\"field_value\":\"line one\\nline two\\r\\n= tabs\\tand & more\"},"
                      + "{\"field_identifier\":\"favourite_colour\",\"field_value\":\"612\"},"
                      + "{\"field_identifier\":\"gender\",\"field_value\":2},"
                      + "{\"field_identifier\":\"interests\",\"field_value\":[\"620\",621,\"622\"]},"
                      + "{\"field_identifier\":\"old_notes\",\"field_value\":\"\"}]}";

        simulator().enqueue(SUCCESS, SUCCESS);
        template.sendBody("direct:editLead", json);
        template.sendBody("direct:editLead", json.getBytes());

        assertThat(requests()).hasSize(2).allSatisfy(r -> assertSentAs(r, Fixtures.wire("custom-fields-every-type")));
    }

    @Test
    void getLeadIsTypedAndNamesTheLead() {
        simulator().enqueue(Reply.json(Fixtures.reply("get-lead.json")));

        Exchange reply = template.request("direct:getLead", e -> e.getMessage().setHeader(KartraConstants.LEAD_EMAIL,
                "john.smith@example.com"));

        assertSentAs(lastRequest(), Fixtures.wire("get-lead-email"));
        Lead lead = reply.getMessage().getBody(Lead.class);
        assertThat(lead.getFirstName()).isEqualTo("Joe");
        assertThat(reply.getMessage().getHeader(KartraConstants.LEAD_ID)).isEqualTo("123");
    }

    @Test
    void readOperationsPutTypedDataInTheBody() {
        simulator().enqueue(Reply.json(Fixtures.reply("account-tags-top-level.json")));

        Object tags = template.requestBody("direct:retrieveAccountTags", (Object) null);

        assertThat(tags).isEqualTo(List.of("Tag name 1", "Tag name 2"));
        assertThat(lastRequest().body()).endsWith("&actions%5B0%5D%5Bcmd%5D=retrieve_account_tags");
    }

    @Test
    void callSendsAnyChainInOneRequest() {
        simulator().enqueue(Reply.json(Fixtures.reply("create-lead-chain-success.json")));
        Lead lead = Lead.ofEmail("john.smith@example.com");
        lead.setFirstName("John");
        lead.setLastName("Smith");
        lead.addCustomField(io.camelkartra.model.CustomField.text("text1", "text message"));
        lead.addCustomField(io.camelkartra.model.CustomField.options("checkbox1", List.of("620", "621")));
        KartraRequest request = KartraRequest.forLead(lead).createLead().assignTag("VIP Customer")
                .subscribeLeadToList("Newsletter").build();

        KartraResponse response = template.requestBody("direct:call", request, KartraResponse.class);

        assertSentAs(lastRequest(), Fixtures.wire("sample-create-chain"));
        assertThat(response.getActions()).hasSize(3);
    }

    @Test
    void replyHeadersAreSetBeforeTheException() {
        simulator().enqueue(Reply.json(Fixtures.reply("tag-does-not-exist.json")));

        Exchange reply = template.request("direct:assignTag", e -> e.getMessage().setBody("jane@example.com"));

        assertThat(reply.getException()).isInstanceOf(KartraNotFoundException.class);
        assertThat(reply.getMessage().getHeader(KartraConstants.STATUS)).isEqualTo("Error");
        assertThat(reply.getMessage().getHeader(KartraConstants.MESSAGE)).isEqualTo("Tag does not exist");
        assertThat(reply.getMessage().getHeader(KartraConstants.MESSAGE_TYPE)).isEqualTo(212);
        assertThat(reply.getMessage().getBody()).isEqualTo("jane@example.com");
    }

    @Test
    void failingActionOfAChainSetsItsOwnHeaders() {
        simulator().enqueue(Reply.json(Fixtures.reply("chain-failing-middle.json")));

        Exchange reply = template.request("direct:createWithFollowUps", e -> e.getMessage().setBody(Lead.ofEmail("x@example.com")));

        assertThat(reply.getException()).isInstanceOf(KartraNotFoundException.class);
        assertThat(((KartraException) reply.getException()).getActionIndex()).isEqualTo(1);
        assertThat(reply.getMessage().getHeader(KartraConstants.MESSAGE_TYPE)).isEqualTo(212);
    }

    @Test
    void throwExceptionOnFailureFalseReturnsTheErrorReply() {
        simulator().enqueue(Reply.json(Fixtures.reply("tag-does-not-exist.json")));

        Exchange reply = template.request("direct:noThrow", e -> e.getMessage().setBody("jane@example.com"));

        assertThat(reply.getException()).isNull();
        KartraResponse response = reply.getMessage().getBody(KartraResponse.class);
        assertThat(response.isSuccess()).isFalse();
        assertThat(response.getType()).isEqualTo(212);
    }

    @Test
    void transportFailuresStillRaiseWithThrowExceptionOnFailureFalse() {
        simulator().enqueue(Reply.serverError(503));

        Exchange reply = template.request("direct:noThrow", e -> e.getMessage().setBody("jane@example.com"));

        assertThat(reply.getException()).isInstanceOf(KartraTransportException.class);
        assertThat(((KartraException) reply.getException()).getHttpStatus()).isEqualTo(503);
        assertThat(reply.getMessage().getHeader(KartraConstants.STATUS)).isEqualTo("Error");
    }

    @Test
    void theOriginalBodyIsNeverChanged() {
        Lead lead = Lead.ofEmail("body@example.com");
        lead.setFirstName("Kept");
        simulator().enqueue(SUCCESS);

        template.sendBodyAndHeaders("direct:editLead", lead, Map.of(KartraConstants.LEAD_ID, "99"));

        assertThat(lead.getId()).isNull();
        assertThat(lead.getEmail()).isEqualTo("body@example.com");
        assertThat(lastRequest().body()).contains("lead%5Bid%5D=99&lead%5Bemail%5D=body%40example.com&lead%5Bfirst_name%5D=Kept");
    }

    @Test
    void aRequestWithoutATagIsRefusedBeforeSending() {
        assertThatThrownBy(() -> template.sendBody("direct:assign_tag", "jane@example.com"))
                .isInstanceOf(CamelExecutionException.class)
                .cause()
                .isInstanceOf(KartraValidationException.class)
                .hasMessageContaining("211")
                .hasMessageContaining("tagName is required")
                .hasMessageContaining("CamelKartraTagName")
                .extracting(e -> ((KartraException) e).getType()).isEqualTo(211);
        assertThat(simulator().calls().total()).isZero();
    }
}
