package io.camelkartra.benchmarks.scaleout;

import redis.embedded.RedisServer;

/** A Redis server process from the embedded-redis artifact (which ships the binary): nothing installed by hand. */
public final class RedisStoreServer implements StoreServer {

    private final int port;
    private RedisServer server;

    public RedisStoreServer() throws Exception {
        port = StoreServer.freePort();
        server = start(port);
    }

    private static RedisServer start(int port) throws Exception {
        RedisServer server = RedisServer.newRedisServer().bind("127.0.0.1").port(port)
                .setting("save \"\"").setting("appendonly no").build();
        server.start();
        return server;
    }

    @Override
    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void stop() throws Exception {
        server.stop();
    }

    @Override
    public void restart() throws Exception {
        server = start(port);
    }

    @Override
    public void close() throws Exception {
        if (server.isActive()) {
            server.stop();
        }
    }
}
