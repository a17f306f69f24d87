package io.camelkartra.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;
import org.apache.hc.core5.http.nio.RequestChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Notes when the form body starts to go out on a connection. Until then the request is only queued (waiting for a
 * pooled connection or for the connection to open) and cannot have reached Kartra, so a timeout in that state is safe
 * to retry for any operation.
 */
final class SendTrackingRequestProducer implements AsyncRequestProducer {

    private final AsyncRequestProducer delegate;
    private final AtomicBoolean bodyStarted = new AtomicBoolean();

    SendTrackingRequestProducer(AsyncRequestProducer delegate) {
        this.delegate = delegate;
    }

    /** Whether any of the body may have been written to a connection. */
    boolean bodyStarted() {
        return bodyStarted.get();
    }

    @Override
    public void sendRequest(RequestChannel channel, HttpContext context) throws HttpException, IOException {
        delegate.sendRequest(channel, context);
    }

    @Override
    public boolean isRepeatable() {
        return delegate.isRepeatable();
    }

    @Override
    public void failed(Exception cause) {
        delegate.failed(cause);
    }

    @Override
    public int available() {
        return delegate.available();
    }

    @Override
    public void produce(DataStreamChannel channel) throws IOException {
        bodyStarted.set(true);
        delegate.produce(channel);
    }

    @Override
    public void releaseResources() {
        delegate.releaseResources();
    }
}
