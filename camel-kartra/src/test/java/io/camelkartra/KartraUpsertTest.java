package io.camelkartra;

import java.time.Duration;
import java.util.Map;

import io.camelkartra.simulator.Reply;
import io.camelkartra.support.Fixtures;
import io.camelkartra.support.KartraSimulatorTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** upsertLead: the fewest calls per case, and 244 after a retried create resolved by editing. */
class KartraUpsertTest extends KartraSimulatorTestSupport {

    private static final String CREATED = "{\"status\":\"Success\",\"actions\":[{\"create_lead\":{\"status\":\"Success\","
                                          + "\"lead_details\":{\"id\":\"501\"}}},{\"assign_tag\":{\"status\":\"Success\"}}]}";
    private static final String EDITED = "{\"status\":\"Success\",\"actions\":[{\"edit_lead\":{\"status\":\"Success\"}},"
                                         + "{\"assign_tag\":{\"status\":\"Success\"}}]}";
    private static final String EXISTS = "{\"status\":\"Error\",\"message\":\"Lead already exists\",\"type\":\"244\"}";
    private static final String NOT_FOUND = "{\"status\":\"Error\",\"message\":\"No lead found\",\"type\":\"243\"}";
    private static final String DELETED = "{\"status\":\"Error\",\"message\":\"Lead is deleted\",\"type\":\"245\"}";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:upsert").to("kartra:upsertLead?tagNames=VIP");
                from("direct:editFirst").to("kartra:upsertLead?tagNames=VIP&upsertStrategy=editFirst");
                from("direct:withPoints").to("kartra:upsertLead?tagNames=VIP&points=5&requestTimeout=300ms");
                from("direct:withoutPoints").to("kartra:upsertLead?tagNames=VIP&requestTimeout=300ms");
            }
        };
    }

    private Exchange upsert(String uri, Object body) {
        return template.request(uri, e -> e.getMessage().setBody(body));
    }

    @Test
    void newLeadTakesOneCall() {
        simulator().enqueue(Reply.json(CREATED));

        Exchange reply = upsert("direct:upsert", Map.of("email", "new@example.com", "first_name", "New"));

        assertThat(reply.getException()).isNull();
        assertThat(requests()).hasSize(1);
        assertThat(lastRequest().body()).contains("actions%5B0%5D%5Bcmd%5D=create_lead",
                "actions%5B1%5D%5Bcmd%5D=assign_tag&actions%5B1%5D%5Btag_name%5D=VIP");
        assertThat(reply.getMessage().getHeader(KartraConstants.UPSERT_RESULT)).isEqualTo("created");
        assertThat(reply.getMessage().getHeader(KartraConstants.CALL_COUNT)).isEqualTo(1);
        assertThat(reply.getMessage().getHeader(KartraConstants.LEAD_ID)).isEqualTo("501");
    }

    @Test
    void existingLeadIsEditedWithTheSameChainOnTheSecondCall() {
        simulator().enqueue(Reply.json(EXISTS), Reply.json(EDITED));

        Exchange reply = upsert("direct:upsert", Map.of("email", "old@example.com", "first_name", "Renamed"));

        assertThat(reply.getException()).isNull();
        assertThat(requests()).hasSize(2);
        String second = requests().get(1).body();
        // Map.of iterates in an order that changes from one JVM to the next: check each field on its own.
        assertThat(second).contains("lead%5Bemail%5D=old%40example.com", "lead%5Bfirst_name%5D=Renamed",
                "actions%5B0%5D%5Bcmd%5D=edit_lead", "actions%5B1%5D%5Btag_name%5D=VIP");
        assertThat(reply.getMessage().getHeader(KartraConstants.UPSERT_RESULT)).isEqualTo("updated");
        assertThat(reply.getMessage().getHeader(KartraConstants.CALL_COUNT)).isEqualTo(2);
    }

    @Test
    void editFirstCreatesWhenTheLeadIsNotFound() {
        simulator().enqueue(Reply.json(EDITED));
        Exchange existing = upsert("direct:editFirst", "old@example.com");
        simulator().enqueue(Reply.json(NOT_FOUND), Reply.json(CREATED));
        Exchange created = upsert("direct:editFirst", "new@example.com");

        assertThat(existing.getMessage().getHeader(KartraConstants.CALL_COUNT)).isEqualTo(1);
        assertThat(existing.getMessage().getHeader(KartraConstants.UPSERT_RESULT)).isEqualTo("updated");
        assertThat(created.getMessage().getHeader(KartraConstants.CALL_COUNT)).isEqualTo(2);
        assertThat(created.getMessage().getHeader(KartraConstants.UPSERT_RESULT)).isEqualTo("created");
        assertThat(requests().get(2).body()).contains("actions%5B0%5D%5Bcmd%5D=create_lead");
    }

    @Test
    void aLeadGivenByIdIsEditedInOneCallAndNeverCreated() {
        simulator().enqueue(Reply.json(NOT_FOUND));

        Exchange reply = template.request("direct:upsert", e -> e.getMessage().setHeader(KartraConstants.LEAD_ID, "77"));

        assertThat(requests()).hasSize(1);
        assertThat(lastRequest().body()).contains("lead%5Bid%5D=77", "actions%5B0%5D%5Bcmd%5D=edit_lead");
        assertThat(reply.getException()).isInstanceOf(KartraLeadNotFoundException.class);
    }

    @Test
    void aDeletedLeadIsNotRecreated() {
        simulator().enqueue(Reply.json(DELETED));

        Exchange reply = upsert("direct:upsert", "gone@example.com");

        assertThat(requests()).hasSize(1);
        assertThat(reply.getException()).isInstanceOf(KartraLeadNotFoundException.class);
        assertThat(((KartraException) reply.getException()).getType()).isEqualTo(245);
    }

    @Test
    void anUpsertIsReplaySafeUnlessItGivesPoints() {
        Reply late = Reply.json(CREATED).delayed(Duration.ofSeconds(5));
        simulator().enqueue(late, late);

        Exchange withoutPoints = upsert("direct:withoutPoints", "a@example.com");
        Exchange withPoints = upsert("direct:withPoints", "b@example.com");

        assertThat(((KartraException) withoutPoints.getException()).isRetryable()).isTrue();
        assertThat(((KartraException) withPoints.getException()).isRetryable()).isFalse();
    }

    @Test
    void followUpFailuresAfterTheEditStillFail() {
        simulator().enqueue(Reply.json(EXISTS),
                Reply.json(Fixtures.reply("chain-failing-middle.json").replace("create_lead", "edit_lead")));

        Exchange reply = upsert("direct:upsert", "old@example.com");

        assertThat(reply.getException()).isInstanceOf(KartraNotFoundException.class);
        assertThat(reply.getMessage().getHeader(KartraConstants.UPSERT_RESULT)).isNull();
    }
}
