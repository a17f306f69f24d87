package io.camelkartra.internal;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The transport's guarantee that a request is either watched by its deadline or not sent at all. */
class KartraHttpClientTest {

    private KartraSimulator server;
    private ScheduledExecutorService scheduler;
    private KartraHttpClient client;

    @BeforeEach
    void start() throws Exception {
        server = KartraSimulator.builder().httpPort(0).allowPlainHttp(true).build().start();
        scheduler = Executors.newSingleThreadScheduledExecutor();
        client = new KartraHttpClient(new KartraTransportSettings(1_000, 1, null, null, null, null, null), SSLContext.getDefault(),
                scheduler);
    }

    @AfterEach
    void stop() {
        client.close();
        scheduler.shutdownNow();
        server.close();
    }

    @Test
    void aRequestWhoseDeadlineCannotBeSetIsNotSent() {
        scheduler.shutdown();

        CompletableFuture<KartraHttpReply> reply = client.post(URI.create(server.baseUrl()), "a=b", Duration.ofSeconds(5));

        Throwable failure = catchThrowable(() -> reply.get(5, TimeUnit.SECONDS));
        assertThat(failure).isInstanceOf(ExecutionException.class).cause().isInstanceOf(KartraTransportFailure.class)
                .hasMessageContaining("not sent");
        assertThat(((KartraTransportFailure) failure.getCause()).mayHaveReachedKartra()).isFalse();
        assertThat(server.calls().total()).isZero();
    }

    @Test
    void aRequestThatTimesOutWaitingForAConnectionNeverReachedKartra() throws Exception {
        server.enqueue(Reply.json("{\"status\":\"Success\"}").delayed(Duration.ofSeconds(2)));
        CompletableFuture<KartraHttpReply> holdsTheOnlyConnection = client.post(URI.create(server.baseUrl()), "a=1", Duration.ofSeconds(10));

        CompletableFuture<KartraHttpReply> queued = client.post(URI.create(server.baseUrl()), "a=2", Duration.ofMillis(300));

        Throwable failure = catchThrowable(() -> queued.get(5, TimeUnit.SECONDS));
        assertThat(failure.getCause()).isInstanceOf(KartraTransportFailure.class).hasMessageContaining("not sent");
        assertThat(((KartraTransportFailure) failure.getCause()).mayHaveReachedKartra()).isFalse();
        assertThat(holdsTheOnlyConnection.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(server.calls().recorded()).extracting(call -> call.request().body()).containsExactly("a=1");
    }
}
