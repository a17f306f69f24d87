package io.camelkartra.simulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelkartra.simulator.Outcome;
import io.camelkartra.simulator.RecordedCall;
import io.camelkartra.simulator.Reply;
import io.camelkartra.simulator.support.KartraHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Replies queued for the next calls: each used once, in order, by the calls it matches; before the command nothing
 * changes, after it the state changed and the client does not learn it; the queue empty, Kartra answers itself.
 */
class QueuedRepliesTest extends ConformanceTest {

    private static final String TAG_JOHN = "lead[email]=john.smith%40example.com&actions[0][cmd]=assign_tag"
            + "&actions[0][tag_name]=Lead+Magnet";
    private static final String TAG_JANE = "lead[email]=jane.doe%40example.com&actions[0][cmd]=assign_tag"
            + "&actions[0][tag_name]=Lead+Magnet";
    private static final String GET_JOHN = "get_lead[email]=john.smith%40example.com";

    private HttpResponse<String> raw(String rest) {
        return http().raw(KartraHttp.CREDENTIALS + "&" + rest);
    }

    @Test
    void repliesAreUsedInOrderThenKartraAnswers() {
        sim().enqueue(Reply.json("{\"first\":1}"), Reply.json("{\"second\":2}"));

        assertThat(raw(GET_JOHN).body()).isEqualTo("{\"first\":1}");
        assertThat(raw(GET_JOHN).body()).isEqualTo("{\"second\":2}");
        assertThat(call(GET_JOHN).path("status").asText()).isEqualTo("Success");
        assertThat(sim().queuedReplies()).isZero();
    }

    @Test
    void a429WithRetryAfterChangesNothingAndTheNextCallRuns() {
        sim().enqueue(Reply.tooManyRequests().header("Retry-After", "2"));

        HttpResponse<String> limited = raw(TAG_JOHN);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(limited.body()).isEqualTo("{\"status\":\"Error\",\"message\":\"Too many requests\"}");
        assertThat(john().tags()).doesNotContain("Lead Magnet");
        assertThat(sim().calls().count("assign_tag", Outcome.FAULT_BEFORE_COMMAND)).isEqualTo(1);

        assertSingleSuccess(call(TAG_JOHN), "assign_tag", 103, "Tag added to lead");
        assertThat(john().tags()).contains("Lead Magnet");
    }

    @Test
    void aResetAfterTheCommandLosesTheReplyOfAChange() {
        sim().enqueue(Reply.reset().afterCommand());

        assertThatThrownBy(() -> raw(TAG_JOHN)).isInstanceOf(UncheckedIOException.class);
        assertThat(john().tags()).contains("Lead Magnet");
        assertThat(john().journal("assign_tag")).hasSize(1);
        RecordedCall call = sim().calls().take(Duration.ofSeconds(5)).orElseThrow();
        assertThat(call.outcome()).isEqualTo(Outcome.FAULT_AFTER_COMMAND);
        assertThat(call.status()).isZero();
        assertThat(call.commandRan()).isTrue();
        assertThat(call.messageType()).isEqualTo(103);
        assertThat(call.injected()).map(Reply::kind).hasValue(Reply.Kind.RESET);
        assertThat(call.actions()).containsExactly(
                new RecordedCall.Action("assign_tag", Outcome.FAULT_AFTER_COMMAND, Outcome.SUCCESS, 103));
        assertThat(sim().calls().count("assign_tag", Outcome.FAULT_AFTER_COMMAND)).isEqualTo(1);
        assertThat(sim().calls().countResult("assign_tag", Outcome.SUCCESS)).isEqualTo(1);
    }

    @Test
    void aResetBeforeTheCommandChangesNothing() {
        sim().enqueue(Reply.reset());

        assertThatThrownBy(() -> raw(TAG_JOHN)).isInstanceOf(UncheckedIOException.class);
        assertThat(john().tags()).doesNotContain("Lead Magnet");
        assertThat(sim().calls().countResult("assign_tag", Outcome.NOT_RUN)).isEqualTo(1);
    }

    @Test
    void serverErrorsAndHtmlPagesAreNginxPages() {
        sim().enqueue(Reply.serverError(503), Reply.htmlPage(200).afterCommand());

        HttpResponse<String> unavailable = raw(TAG_JOHN);
        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(unavailable.body()).contains("<center><h1>503 Service Temporarily Unavailable</h1></center>");
        assertThat(john().tags()).doesNotContain("Lead Magnet");

        HttpResponse<String> page = raw(TAG_JOHN);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(john().tags()).contains("Lead Magnet");
    }

    @Test
    void aTruncatedReplyIsKartrasOwnCutAfterTheCommandAndAnErrorCutBeforeIt() {
        String full = raw(GET_JOHN).body();
        sim().enqueue(Reply.truncated().afterCommand(), Reply.truncated());

        String after = raw(GET_JOHN).body();
        String before = raw(GET_JOHN).body();

        assertThat(after).isNotEmpty().isNotEqualTo(full);
        assertThat(full).startsWith(after);
        assertThat("{\"status\":\"Error\",\"message\":\"Internal server error\"}").startsWith(before);
    }

    @Test
    void aScriptedReplyIsSentAsGivenAndRunsNothing() {
        sim().enqueue(Reply.raw(502, "text/plain", "upstream gone").header("X-Proxy", "edge-1"));

        HttpResponse<String> reply = raw(TAG_JOHN);

        assertThat(reply.statusCode()).isEqualTo(502);
        assertThat(reply.body()).isEqualTo("upstream gone");
        assertThat(reply.headers().firstValue("Content-Type")).hasValue("text/plain");
        assertThat(reply.headers().firstValue("X-Proxy")).hasValue("edge-1");
        assertThat(john().tags()).doesNotContain("Lead Magnet");
        assertThat(sim().calls().count("assign_tag", Outcome.SCRIPTED_REPLY)).isEqualTo(1);
        assertThat(sim().calls().recorded()).singleElement().satisfies(call -> {
            assertThat(call.status()).isEqualTo(502);
            assertThat(call.commandRan()).isFalse();
            assertThat(call.actions()).containsExactly(
                    new RecordedCall.Action("assign_tag", Outcome.SCRIPTED_REPLY, Outcome.NOT_RUN, 0));
        });
    }

    @Test
    void aReplyForACommandWaitsForACallOfIt() {
        sim().enqueue(Reply.json("{\"scripted\":true}").forCommand("assign_tag"));

        assertThat(call(GET_JOHN).path("status").asText()).isEqualTo("Success");
        assertThat(sim().queuedReplies()).isEqualTo(1);
        assertThat(raw(TAG_JOHN).body()).isEqualTo("{\"scripted\":true}");
        assertThat(sim().queuedReplies()).isZero();
    }

    @Test
    void aReplyWithAConditionWaitsForARequestThatMeetsIt() {
        sim().enqueue(Reply.serverError(500).when(request -> "jane.doe@example.com".equals(request.lead().get("email"))));

        assertThat(raw(TAG_JOHN).statusCode()).isEqualTo(200);
        assertThat(raw(TAG_JANE).statusCode()).isEqualTo(500);
        assertThat(raw(TAG_JANE).statusCode()).isEqualTo(200);
    }

    @Test
    void aConditionThatThrowsIsReportedToTheClient() {
        sim().enqueue(Reply.serverError(500).when(request -> {
            throw new IllegalArgumentException("broken test condition");
        }));

        HttpResponse<String> reply = raw(TAG_JOHN);

        assertThat(reply.statusCode()).isEqualTo(500);
        assertThat(reply.body()).contains("broken test condition");
        assertThat(john().tags()).doesNotContain("Lead Magnet");
    }

    @Test
    void aDelayedReplyComesLateAndWhole() {
        sim().enqueue(Reply.kartra().delayed(Duration.ofMillis(300)));

        long start = System.nanoTime();
        HttpResponse<String> reply = raw(TAG_JOHN);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(john().tags()).contains("Lead Magnet");
    }

    @Test
    void aHangingCallGetsNoReplyUntilTheClientGivesUp() {
        sim().enqueue(Reply.hang());

        assertThatThrownBy(() -> send(TAG_JOHN, Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);
        assertThat(john().tags()).doesNotContain("Lead Magnet");
        assertThat(sim().calls().recorded()).singleElement().satisfies(call -> {
            assertThat(call.outcome()).isEqualTo(Outcome.FAULT_BEFORE_COMMAND);
            assertThat(call.injected()).map(Reply::kind).hasValue(Reply.Kind.HANG);
        });
    }

    @Test
    void aHangAfterTheCommandChangesTheStateAndNeverAnswers() {
        sim().enqueue(Reply.hang().afterCommand());

        assertThatThrownBy(() -> send(TAG_JOHN, Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);
        assertThat(john().tags()).contains("Lead Magnet");
        assertThat(sim().calls().count("assign_tag", Outcome.FAULT_AFTER_COMMAND)).isEqualTo(1);
    }

    @Test
    void resetEmptiesTheQueueAndEndsHeldCalls() throws Exception {
        sim().enqueue(Reply.hang(), Reply.serverError(500));
        CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() -> {
            try {
                return send(TAG_JOHN, Duration.ofSeconds(30));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        while (sim().calls().total() == 0) {
            TimeUnit.MILLISECONDS.sleep(10);
        }

        sim().reset();

        assertThatThrownBy(() -> held.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(UncheckedIOException.class);
        assertThat(sim().queuedReplies()).isZero();
        assertThat(raw(TAG_JOHN).statusCode()).isEqualTo(200);
    }

    @Test
    void afterCommandIsForFaultsNotForKartrasOwnReply() {
        assertThatThrownBy(() -> Reply.kartra().afterCommand()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Reply.serverError(404)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reply.reset().header("Retry-After", "1")).isInstanceOf(IllegalStateException.class);
    }

    private HttpResponse<String> send(String rest, Duration timeout) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(http().url())).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(KartraHttp.CREDENTIALS + "&" + rest)).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
