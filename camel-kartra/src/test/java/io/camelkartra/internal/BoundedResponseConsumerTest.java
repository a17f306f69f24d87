package io.camelkartra.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.impl.BasicEntityDetails;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The response is read whole, in chunks, with or without a Content-Length, and refused past the limit. */
class BoundedResponseConsumerTest {

    private final AtomicReference<KartraHttpResponse> result = new AtomicReference<>();
    private final FutureCallback<KartraHttpResponse> callback = new FutureCallback<>() {
        @Override
        public void completed(KartraHttpResponse response) {
            result.set(response);
        }

        @Override
        public void failed(Exception e) {
            throw new AssertionError(e);
        }

        @Override
        public void cancelled() {
            throw new AssertionError("cancelled");
        }
    };

    @Test
    void chunksAreReadWholeWithTheLengthKnownOrNot() throws Exception {
        String body = "{\"status\":\"Success\"," + "\"pad\":\"" + "x".repeat(10_000) + "\"}";
        for (long length : new long[] { body.length(), -1 }) {
            BoundedResponseConsumer consumer = new BoundedResponseConsumer(1 << 20);
            BasicHttpResponse response = new BasicHttpResponse(429);
            response.addHeader("Retry-After", "3");
            consumer.consumeResponse(response, new BasicEntityDetails(length, ContentType.APPLICATION_JSON), null, callback);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            for (int offset = 0; offset < bytes.length; offset += 3000) {
                consumer.consume(ByteBuffer.wrap(bytes, offset, Math.min(3000, bytes.length - offset)));
            }
            consumer.streamEnd(List.of());

            assertThat(new String(result.get().body(), StandardCharsets.UTF_8)).isEqualTo(body);
            assertThat(result.get().status()).isEqualTo(429);
            assertThat(result.get().retryAfter()).isEqualTo("3");
        }
    }

    @Test
    void aResponseWithoutABodyIsEmpty() throws Exception {
        new BoundedResponseConsumer(10).consumeResponse(new BasicHttpResponse(204), null, null, callback);

        assertThat(result.get().body()).isEmpty();
    }

    @Test
    void aResponsePastTheLimitIsRefused() throws Exception {
        BoundedResponseConsumer declared = new BoundedResponseConsumer(10);
        BoundedResponseConsumer undeclared = new BoundedResponseConsumer(10);
        undeclared.consumeResponse(new BasicHttpResponse(200), new BasicEntityDetails(-1, ContentType.TEXT_HTML), null, callback);

        assertThatThrownBy(() -> declared.consumeResponse(new BasicHttpResponse(200),
                new BasicEntityDetails(11, ContentType.TEXT_HTML), null, callback)).isInstanceOf(IOException.class)
                .hasMessageContaining("larger than 10 bytes");
        assertThatThrownBy(() -> undeclared.consume(ByteBuffer.wrap(new byte[11]))).isInstanceOf(IOException.class);
    }
}
