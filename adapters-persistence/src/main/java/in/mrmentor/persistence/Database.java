package in.mrmentor.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;

import javax.sql.DataSource;
import java.util.Objects;

/** The connection pool, the Jdbi facade over it, and the schema migrations, for one PostgreSQL database. */
public final class Database implements AutoCloseable {

    /** Where the database is. {@code toString()} never shows the password. */
    public record Connection(String jdbcUrl, String user, String password, int maxPoolSize) {
        public Connection {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            if (maxPoolSize < 1) {
                throw new IllegalArgumentException("maxPoolSize must be positive");
            }
        }

        @Override
        public String toString() {
            return "Connection[" + jdbcUrl + ", user=" + user + ", password=********]";
        }
    }

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(new StatementWithoutArguments());
    }

    public static Database connect(Connection connection) {
        return connect(connection, null);
    }

    /** @param metrics where the pool reports its gauges and timings (Micrometer's tracker), or null */
    public static Database connect(Connection connection, MetricsTrackerFactory metrics) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("mas");
        config.setJdbcUrl(connection.jdbcUrl());
        config.setUsername(connection.user());
        config.setPassword(connection.password());
        config.setMaximumPoolSize(connection.maxPoolSize());
        config.setConnectionTimeout(10_000);
        config.setValidationTimeout(2_000);
        config.setInitializationFailTimeout(-1);
        // The driver would otherwise put the server's detail into its messages ("Key (email)=(...)
        // already exists", a failed batch entry with its values): bound values must never reach a log.
        config.addDataSourceProperty("logServerErrorDetail", "false");
        if (metrics != null) {
            config.setMetricsTrackerFactory(metrics);
        }
        return new Database(new HikariDataSource(config));
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return flyway(dataSource).migrate();
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
    }

    public MigrateResult migrate() {
        return migrate(dataSource);
    }

    /** The version of the newest applied migration, or "(none)" for an empty database. */
    public String schemaVersion() {
        var current = flyway(dataSource).info().current();
        return current == null ? "(none)" : current.getVersion().getVersion();
    }

    /** The migrations this build holds that the database has not applied yet, as "V12 performance metrics". */
    public java.util.List<String> pendingMigrations() {
        return java.util.Arrays.stream(flyway(dataSource).info().pending())
                .map(migration -> "V" + migration.getVersion().getVersion() + " " + migration.getDescription())
                .toList();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** True when a connection answers a trivial query within two seconds. */
    public boolean isUp() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
