package in.mrmentor.bootstrap.platform;

import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import in.mrmentor.bootstrap.Settings;
import in.mrmentor.bootstrap.settings.DatabaseTarget;
import in.mrmentor.persistence.Database;
import in.mrmentor.persistence.embedded.EmbeddedPostgres;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The database the process talks to: an external PostgreSQL, or the embedded one started here
 * with its data under {@code MAS_DATA_DIR}. Closing it closes the pool first and then leaves the
 * embedded server (stopping it when no other process uses it), so no connection is cut mid-flight.
 */
public final class DatabaseRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRuntime.class);
    private static final String EMBEDDED_DATABASE = "mas";
    private static final String DUPLICATE_DATABASE = "42P04";

    private final EmbeddedPostgres embedded;
    private final Database database;

    private DatabaseRuntime(EmbeddedPostgres embedded, Database database) {
        this.embedded = embedded;
        this.database = database;
    }

    public static DatabaseRuntime open(Settings settings, MetricsTrackerFactory metrics) {
        if (settings.database() instanceof DatabaseTarget.External external) {
            LOG.info("Using the PostgreSQL given by {}", external.source());
            return new DatabaseRuntime(null, Database.connect(new Database.Connection(external.jdbcUrl(), external.user(),
                    external.password().value(), settings.databasePoolSize()), metrics));
        }
        if (settings.database() instanceof DatabaseTarget.Embedded) {
            return openEmbedded(settings, metrics);
        }
        throw new IllegalStateException("no runtime for database target " + settings.database());
    }

    private static DatabaseRuntime openEmbedded(Settings settings, MetricsTrackerFactory metrics) {
        // Started here or attached to the server another mas process runs on this MAS_DATA_DIR (a
        // second `serve`, or an operator's command): either way this process holds a lease, and
        // the last one to close stops the server.
        EmbeddedPostgres embedded = EmbeddedPostgres.start(EmbeddedPostgres.Options.at(settings.dataDirectory())
                .withRunAs(settings.embeddedPostgresUser())
                .withBinaryCache(settings.embeddedPostgresCache()));
        try {
            ensureDatabase(embedded);
            return new DatabaseRuntime(embedded, Database.connect(new Database.Connection(
                    embedded.jdbcUrl(EMBEDDED_DATABASE), embedded.user(), embedded.password(),
                    settings.databasePoolSize()), metrics));
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    private static void ensureDatabase(EmbeddedPostgres embedded) {
        try (var connection = DriverManager.getConnection(embedded.jdbcUrl("postgres"), embedded.user(), embedded.password());
             var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, EMBEDDED_DATABASE);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + EMBEDDED_DATABASE);
                    }
                }
            }
        } catch (SQLException e) {
            if (DUPLICATE_DATABASE.equals(e.getSQLState())) {
                return; // another process sharing the server created it between our check and our CREATE
            }
            throw new IllegalStateException("Cannot create the embedded database '" + EMBEDDED_DATABASE + "'", e);
        }
    }

    public MigrateResult migrate() {
        MigrateResult result = database.migrate();
        LOG.info("Schema at version {} ({} migration(s) applied now)", database.schemaVersion(), result.migrationsExecuted);
        return result;
    }

    public Database database() {
        return database;
    }

    /** Whether this process started the embedded server (rather than use an external one or attach to another process's). */
    public boolean embedded() {
        return embedded != null && embedded.startedHere();
    }

    /** The port of the embedded server this process started or attached to; empty for an external database. */
    public java.util.OptionalInt embeddedPort() {
        return embedded == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(embedded.port());
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
