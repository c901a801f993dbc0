package in.mrmentor.persistence.testing;

import in.mrmentor.persistence.Database;
import in.mrmentor.persistence.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One embedded PostgreSQL per test JVM, migrated once into a template database. Each test class
 * asks for {@link #freshDatabase()} and gets its own {@code CREATE DATABASE ... TEMPLATE} copy,
 * which costs milliseconds, so database tests never share state and never wait for migrations.
 */
public final class TestPostgres {
    private static final String TEMPLATE = "mas_template";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static volatile TestPostgres instance;

    private final EmbeddedPostgres server;

    private TestPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    public static TestPostgres get() {
        if (instance == null) {
            synchronized (TestPostgres.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    private static TestPostgres start() {
        try {
            Path root = Files.createTempDirectory("mas-test-pg-");
            EmbeddedPostgres server = EmbeddedPostgres.start(EmbeddedPostgres.Options.at(root)
                    .withServerSettings(List.of("fsync=off", "synchronous_commit=off", "full_page_writes=off",
                            "max_connections=300")));
            TestPostgres postgres = new TestPostgres(server);
            postgres.execute("postgres", "CREATE DATABASE " + TEMPLATE);
            try (Database template = Database.connect(postgres.connection(TEMPLATE, 2))) {
                template.migrate();
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                deleteQuietly(root);
            }, "test-postgres-stop"));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, migrated, empty database of its own. The caller closes it. */
    public Database freshDatabase() {
        return Database.connect(connection(freshDatabaseName(), 10));
    }

    /** Creates a new migrated database and returns its name (for tests that connect by URL). */
    public String freshDatabaseName() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        execute("postgres", "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return name;
    }

    /** An empty database with no migrations applied. */
    public String emptyDatabaseName() {
        String name = "empty_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        execute("postgres", "CREATE DATABASE " + name);
        return name;
    }

    public Database.Connection connection(String database, int poolSize) {
        return new Database.Connection(server.jdbcUrl(database), server.user(), server.password(), poolSize);
    }

    /** A {@code DATABASE_URL} (the form operators set) for one of this server's databases. */
    public String databaseUrl(String database) {
        return "postgres://" + server.user() + ":" + server.password() + "@127.0.0.1:" + server.port() + "/" + database;
    }

    public EmbeddedPostgres server() {
        return server;
    }

    private void execute(String database, String sql) {
        try (var connection = DriverManager.getConnection(server.jdbcUrl(database), server.user(), server.password());
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database setup failed: " + sql, e);
        }
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
