package io.camelkartra.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Reads a response into memory up to a limit: a runaway response (a proxy's endless page, say) fails the call instead
 * of filling the heap. The buffer is sized by the Content-Length when the response has one, so a response is read
 * into one array of its size, not grown and copied.
 */
final class BoundedResponseConsumer implements AsyncResponseConsumer<KartraHttpResponse> {

    private static final int UNKNOWN_LENGTH_CAPACITY = 4096;

    private final int maxBytes;
    private volatile FutureCallback<KartraHttpResponse> callback;
    private int status;
    private String retryAfter;
    private byte[] buffer;
    private int size;

    BoundedResponseConsumer(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void consumeResponse(HttpResponse response, EntityDetails entity, HttpContext context,
            FutureCallback<KartraHttpResponse> resultCallback) throws IOException {
        status = response.getCode();
        Header header = response.getFirstHeader("Retry-After");
        retryAfter = header == null ? null : header.getValue();
        if (entity == null) {
            resultCallback.completed(new KartraHttpResponse(status, retryAfter, new byte[0]));
            return;
        }
        long length = entity.getContentLength();
        if (length > maxBytes) {
            throw tooLarge();
        }
        buffer = new byte[length >= 0 ? (int) length : UNKNOWN_LENGTH_CAPACITY];
        callback = resultCallback;
    }

    @Override
    public void informationResponse(HttpResponse response, HttpContext context) {
        // 1xx responses carry nothing for us
    }

    @Override
    public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
        capacityChannel.update(Integer.MAX_VALUE);
    }

    @Override
    public void consume(ByteBuffer src) throws IOException {
        int length = src.remaining();
        if (size + length > maxBytes) {
            throw tooLarge();
        }
        if (size + length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(maxBytes, Math.max(size + length, buffer.length * 2)));
        }
        src.get(buffer, size, length);
        size += length;
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) throws HttpException, IOException {
        byte[] body = size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
        callback.completed(new KartraHttpResponse(status, retryAfter, body));
    }

    @Override
    public void failed(Exception cause) {
        FutureCallback<KartraHttpResponse> current = callback;
        if (current != null) {
            current.failed(cause);
        }
    }

    @Override
    public void releaseResources() {
        buffer = null;
    }

    private IOException tooLarge() {
        return new IOException("Kartra's reply is larger than " + maxBytes + " bytes");
    }
}
