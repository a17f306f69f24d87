package io.camelkartra.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.entity.AbstractBinAsyncEntityConsumer;
import org.apache.hc.core5.http.nio.support.AbstractAsyncResponseConsumer;

/**
 * Reads a reply into memory up to a limit: a runaway reply (a proxy's endless page, say) fails the call instead of
 * filling the heap.
 */
final class BoundedResponseConsumer extends AbstractAsyncResponseConsumer<KartraHttpResponse, byte[]> {

    BoundedResponseConsumer(int maxBytes) {
        super(new BoundedBytes(maxBytes));
    }

    @Override
    protected KartraHttpResponse buildResult(HttpResponse response, byte[] body, ContentType contentType) {
        Header retryAfter = response.getFirstHeader("Retry-After");
        return new KartraHttpResponse(response.getCode(), retryAfter == null ? null : retryAfter.getValue(),
                body == null ? new byte[0] : body);
    }

    @Override
    public void informationResponse(HttpResponse response, org.apache.hc.core5.http.protocol.HttpContext context) {
        // 1xx responses carry nothing for us
    }

    private static final class BoundedBytes extends AbstractBinAsyncEntityConsumer<byte[]> {
        private final int maxBytes;
        private ByteArrayOutputStream buffer;

        BoundedBytes(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        protected void streamStart(ContentType contentType) {
            buffer = new ByteArrayOutputStream(1024);
        }

        @Override
        protected int capacityIncrement() {
            return 64 * 1024;
        }

        @Override
        protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
            int length = src.remaining();
            if (buffer.size() + length > maxBytes) {
                throw new IOException("Kartra's reply is larger than " + maxBytes + " bytes");
            }
            if (src.hasArray()) {
                buffer.write(src.array(), src.arrayOffset() + src.position(), length);
                src.position(src.limit());
            } else {
                byte[] chunk = new byte[length];
                src.get(chunk);
                buffer.write(chunk);
            }
        }

        @Override
        protected byte[] generateContent() {
            return buffer.toByteArray();
        }

        @Override
        public void releaseResources() {
            buffer = null;
        }
    }
}
