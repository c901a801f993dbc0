package in.mrmentor.messaging.redis;

import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * One embedded redis-server per test JVM, on a free loopback port, stopped when the JVM exits.
 * Tests keep apart by key prefix instead of by server.
 */
final class TestRedis {
    private static volatile TestRedis instance;

    private final int port;

    private TestRedis(int port) {
        this.port = port;
    }

    static TestRedis get() {
        if (instance == null) {
            synchronized (TestRedis.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    private static TestRedis start() {
        try {
            int port = freePort();
            RedisServer server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.stop();
                } catch (IOException ignored) {
                    // the process is exiting anyway
                }
            }, "test-redis-stop"));
            return new TestRedis(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
