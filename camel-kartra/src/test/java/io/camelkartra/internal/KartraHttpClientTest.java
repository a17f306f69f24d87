package io.camelkartra.internal;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import io.camelkartra.support.StubKartraServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The transport's guarantee that a request is either watched by its deadline or not sent at all. */
class KartraHttpClientTest {

    private StubKartraServer server;
    private ScheduledExecutorService scheduler;
    private KartraHttpClient client;

    @BeforeEach
    void start() throws Exception {
        server = new StubKartraServer();
        scheduler = Executors.newSingleThreadScheduledExecutor();
        client = new KartraHttpClient(new KartraTransportSettings(1_000, 2, null, null, null, null, null), SSLContext.getDefault(),
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

        CompletableFuture<KartraHttpReply> reply = client.post(URI.create(server.url()), "a=b", Duration.ofSeconds(5));

        Throwable failure = catchThrowable(() -> reply.get(5, TimeUnit.SECONDS));
        assertThat(failure).isInstanceOf(ExecutionException.class).cause().isInstanceOf(KartraTransportFailure.class)
                .hasMessageContaining("not sent");
        assertThat(((KartraTransportFailure) failure.getCause()).mayHaveReachedKartra()).isFalse();
        assertThat(server.requests()).isEmpty();
    }
}
