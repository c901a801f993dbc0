package in.mrmentor.bootstrap;

import in.mrmentor.persistence.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * An embedded PostgreSQL of its own that a test may stop and start again under a running server,
 * always on the same port, as an operator's {@code pg_ctl restart} would. The shared test
 * PostgreSQL serves every other test of the JVM, so it is never the one stopped.
 */
final class RestartablePostgres implements AutoCloseable {
    private static final String DATABASE = "mas";

    private final EmbeddedPostgres.Options options;
    private final int port;
    private EmbeddedPostgres server;

    RestartablePostgres(Path root) {
        this.port = freePort();
        // The launcher picks a free port per start; the last "port" setting wins, so every start listens here.
        this.options = EmbeddedPostgres.Options.at(root)
                .withServerSettings(List.of("fsync=off", "synchronous_commit=off", "port=" + port));
        start();
        try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), server.user(), server.password());
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database", e);
        }
    }

    synchronized void start() {
        if (server == null) {
            server = EmbeddedPostgres.start(options);
        }
    }

    synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** A {@code DATABASE_URL} that stays valid across restarts. */
    synchronized String databaseUrl() {
        return "postgres://" + server.user() + ":" + server.password() + "@127.0.0.1:" + port + "/" + DATABASE;
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
