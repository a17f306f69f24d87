package io.camelkartra;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelkartra.simulator.Reply;
import io.camelkartra.support.KartraSimulatorTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The client-side limiter and the bounded 429 retry. */
class KartraRateLimitTest extends KartraSimulatorTestSupport {

    private final AtomicInteger customAcquires = new AtomicInteger();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("kartra", KartraComponent.class).setRateLimit(1);
        KartraComponent custom = new KartraComponent();
        custom.setConfiguration(context.getComponent("kartra", KartraComponent.class).getConfiguration().copy());
        custom.setRateLimiter((appId, maxWait) -> {
            customAcquires.incrementAndGet();
            return CompletableFuture.completedFuture(true);
        });
        context.addComponent("kartraCustom", custom);
        KartraComponent failing = new KartraComponent();
        failing.setConfiguration(custom.getConfiguration().copy());
        failing.setRateLimiter((appId, maxWait) -> CompletableFuture.failedFuture(new IllegalStateException("store unreachable")));
        context.addComponent("kartraFailing", failing);
        KartraComponent busy = new KartraComponent();
        busy.setConfiguration(custom.getConfiguration().copy());
        busy.setRateLimit(500);
        context.addComponent("kartraBusy", busy);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:noWait").to("kartra:assignTag?tagName=VIP&rateLimitMaxWait=0");
                from("direct:retry").to("kartraCustom:assignTag?tagName=VIP&rateLimitRetries=2");
                from("direct:noRetry").to("kartraCustom:assignTag?tagName=VIP");
                from("direct:failingLimiter").to("kartraFailing:givePointsToLead?points=5");
                from("direct:busy").to("kartraBusy:assignTag?tagName=VIP");
            }
        };
    }

    @Test
    void callsBeyondTheLimitWaitAtMostRateLimitMaxWaitAndAreNotSent() {
        simulator().enqueue(SUCCESS);
        Exchange first = template.request("direct:noWait", e -> e.getMessage().setBody("a@example.com"));
        Exchange second = template.request("direct:noWait", e -> e.getMessage().setBody("b@example.com"));

        assertThat(first.getException()).isNull();
        assertThat(second.getException()).isInstanceOf(KartraRateLimitException.class).hasMessageContaining("not sent");
        KartraException e = (KartraException) second.getException();
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.getRetryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(second.getMessage().getHeader(KartraConstants.CALL_COUNT)).isEqualTo(0);
        assertThat(simulator().calls().total()).isEqualTo(1);
    }

    @Test
    void a429IsSentAgainOnlyWhenAskedAndOnlyAsOftenAsAsked() {
        Reply tooMany = Reply.tooManyRequests().header("Retry-After", "0");
        simulator().enqueue(tooMany, tooMany, SUCCESS);
        Exchange retried = template.request("direct:retry", e -> e.getMessage().setBody("a@example.com"));
        simulator().enqueue(tooMany, tooMany, tooMany);
        Exchange exhausted = template.request("direct:retry", e -> e.getMessage().setBody("a@example.com"));
        simulator().enqueue(tooMany);
        Exchange notRetried = template.request("direct:noRetry", e -> e.getMessage().setBody("a@example.com"));

        assertThat(retried.getException()).isNull();
        assertThat(retried.getMessage().getHeader(KartraConstants.CALL_COUNT)).isEqualTo(3);
        assertThat(exhausted.getException()).isInstanceOf(KartraRateLimitException.class);
        assertThat(exhausted.getMessage().getHeader(KartraConstants.CALL_COUNT)).isEqualTo(3);
        assertThat(notRetried.getException()).isInstanceOf(KartraRateLimitException.class);
        assertThat(simulator().calls().total()).isEqualTo(7);
        assertThat(customAcquires.get()).isEqualTo(7);
    }

    @Test
    void aFailingLimiterFailsTheCallAsRateLimitedAndRetryableWithoutSendingIt() {
        Exchange exchange = template.request("direct:failingLimiter", e -> e.getMessage().setBody("a@example.com"));

        assertThat(exchange.getException()).isInstanceOf(KartraRateLimitException.class)
                .hasMessageContaining("rate limiter failed").hasMessageContaining("not sent")
                .hasRootCauseInstanceOf(IllegalStateException.class);
        assertThat(((KartraException) exchange.getException()).isRetryable()).isTrue();
        assertThat(exchange.getMessage().getHeader(KartraConstants.CALL_COUNT)).isEqualTo(0);
        assertThat(simulator().calls().total()).isZero();
    }

    @Test
    void thousandsOfCallsWaitingForTheirSlotAllGetOne() throws Exception {
        // more waiting calls than Camel's default scheduler profile queues (1000): each waits on a scheduled task
        int calls = 2_000;
        simulator().enqueue(Collections.nCopies(calls, SUCCESS).toArray(Reply[]::new));
        List<CompletableFuture<Exchange>> replies = new ArrayList<>(calls);
        for (int i = 0; i < calls; i++) {
            String email = "lead" + i + "@example.com";
            replies.add(template.asyncSend("direct:busy", e -> e.getMessage().setBody(email)));
        }

        for (CompletableFuture<Exchange> reply : replies) {
            assertThat(reply.get(60, TimeUnit.SECONDS).getException()).isNull();
        }
        assertThat(simulator().calls().total()).isEqualTo(calls);
    }
}
