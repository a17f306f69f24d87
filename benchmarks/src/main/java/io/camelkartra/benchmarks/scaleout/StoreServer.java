package io.camelkartra.benchmarks.scaleout;

import java.io.IOException;
import java.net.ServerSocket;

/**
 * A real shared store for the replicas, started in this JVM or as a process it owns, on a free port of the loopback
 * interface. It can be stopped and started again on the same port, as a store that goes down and comes back.
 */
public interface StoreServer extends AutoCloseable {

    /** The component's rateLimitStore URI for this store. */
    String uri();

    /** Stops the store abruptly, as a crash would. */
    void stop() throws Exception;

    /** Starts the store again on the same port, empty. */
    void restart() throws Exception;

    @Override
    void close() throws Exception;

    /** A port free now on the loopback interface. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
