package io.camelkartra;

import java.net.ServerSocket;

import io.camelkartra.simulator.Reply;
import io.camelkartra.support.KartraSimulatorTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Failures without a Kartra reply: every one completes the exchange with a typed, correctly retryable exception. */
class KartraTransportTest extends KartraSimulatorTestSupport {

    private static int closedPort;

    @Override
    protected RouteBuilder createRouteBuilder() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:tag").to("kartra:assignTag?tagName=VIP&requestTimeout=300ms");
                from("direct:points").to("kartra:givePointsToLead?points=5&requestTimeout=300ms");
                from("direct:refused").to("kartra:givePointsToLead?points=5&baseUrl=http://127.0.0.1:" + closedPort
                                          + "/api&connectTimeout=1s");
            }
        };
    }

    private Exchange send(String uri) {
        return template.request(uri, e -> e.getMessage().setBody("jane@example.com"));
    }

    @Test
    void timeoutCompletesTheExchangeAndIsRetryableOnlyForReplaySafeOperations() {
        simulator().enqueue(Reply.hang(), Reply.hang());

        Exchange tag = send("direct:tag");
        Exchange points = send("direct:points");

        assertThat(tag.getException()).isInstanceOf(KartraTransportException.class).hasMessageContaining("request timeout");
        assertThat(((KartraException) tag.getException()).isRetryable()).isTrue();
        assertThat(((KartraException) points.getException()).isRetryable()).isFalse();
    }

    @Test
    void connectionRefusedIsRetryableEvenForUnsafeOperationsBecauseNothingWasSent() {
        Exchange refused = send("direct:refused");

        assertThat(refused.getException()).isInstanceOf(KartraTransportException.class);
        assertThat(((KartraException) refused.getException()).isRetryable()).isTrue();
        assertThat(refused.getMessage().getBody()).isEqualTo("jane@example.com");
    }

    @Test
    void connectionClosedWithoutReplyIsATransportFailure() {
        simulator().enqueue(Reply.reset(), Reply.reset());

        Exchange tag = send("direct:tag");
        Exchange points = send("direct:points");

        assertThat(tag.getException()).isInstanceOf(KartraTransportException.class);
        assertThat(((KartraException) tag.getException()).isRetryable()).isTrue();
        assertThat(((KartraException) points.getException()).isRetryable()).isFalse();
    }

    @Test
    void rateLimitedReplies() {
        simulator().enqueue(Reply.tooManyRequests().header("Retry-After", "2"));

        Exchange points = send("direct:points");

        assertThat(points.getException()).isInstanceOf(KartraRateLimitException.class);
        KartraException e = (KartraException) points.getException();
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.getRetryAfter()).hasSeconds(2);
        assertThat(points.getMessage().getHeader(KartraConstants.STATUS)).isEqualTo("Error");
    }
}
