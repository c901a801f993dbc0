package in.mrmentor.cli;

import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mas seed --demo} and {@code mas cleanup expired-slots} against a real PostgreSQL. */
class CleanupAndSeedCommandTest {

    @TempDir
    Path dataDir;

    private Map<String, String> env;
    private String database;

    @BeforeEach
    void database() {
        database = TestPostgres.get().emptyDatabaseName();
        env = Map.of("DATABASE_URL", TestPostgres.get().databaseUrl(database), "MAS_DATA_DIR", dataDir.toString());
    }

    private long count(String sql) throws Exception {
        var pg = TestPostgres.get().server();
        try (var connection = DriverManager.getConnection(pg.jdbcUrl(database), pg.user(), pg.password());
             var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws Exception {
        var pg = TestPostgres.get().server();
        try (var connection = DriverManager.getConnection(pg.jdbcUrl(database), pg.user(), pg.password());
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void theDemoSeedPrintsLoginsCreatesBookingsInSeveralStatesAndRunsOnce() throws Exception {
        var first = CommandLineRun.of(env, "seed", "--demo");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Seeded the demo data", "admin@demo.mrmentor.in", "mentor3@demo.mrmentor.in",
                "student6@demo.mrmentor.in");
        assertThat(count("SELECT count(*) FROM mentor_profiles")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM slots")).isEqualTo(12);
        assertThat(count("SELECT count(DISTINCT status) FROM slots")).isEqualTo(5);

        var second = CommandLineRun.of(env, "seed", "--demo");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("already present");
        assertThat(count("SELECT count(*) FROM slots")).isEqualTo(12);
        assertThat(CommandLineRun.of(env, "audit", "ledger").exitCode()).isZero();
    }

    @Test
    void theSeedIsRefusedInProduction() {
        var production = new java.util.HashMap<>(env);
        production.put("APP_ENV", "production");
        production.put("JWT_SECRET", "a-production-secret-that-is-long-enough-1234");
        production.put("CORS_ALLOWED_ORIGINS", "https://mrmentor.in");
        production.put("GLOBAL_INVOICE_SUPPLIER_GSTIN", "27AAPFU0939F1ZV");

        var refused = CommandLineRun.of(production, "seed", "--demo");

        assertThat(refused.exitCode()).as(refused.out() + refused.err()).isEqualTo(1);
        assertThat(refused.err()).contains("SEEDING_REFUSED");
    }

    @Test
    void expiredSlotsAreCleanedUpWithADryRunFirstAndNothingTheSecondTime() throws Exception {
        assertThat(CommandLineRun.of(env, "seed", "--demo").exitCode()).isZero();
        // Age the data: every slot moves 30 days into the past.
        execute("ALTER TABLE slots DROP CONSTRAINT slots_live_never_overlap");
        execute("UPDATE slots SET start_at = start_at - interval '30 days', end_at = end_at - interval '30 days'");
        long open = count("SELECT count(*) FROM slots WHERE status = 'TENTATIVE'");
        long confirmed = count("SELECT count(*) FROM slots WHERE status = 'CONFIRMED'");

        var dry = CommandLineRun.of(env, "cleanup", "expired-slots", "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("would remove slot", "dry run: " + open + " slot(s) removed, " + confirmed
                + " sent to review");
        assertThat(count("SELECT count(*) FROM slots WHERE status = 'TENTATIVE'")).isEqualTo(open);

        var run = CommandLineRun.of(env, "cleanup", "expired-slots");
        assertThat(run.out()).contains(open + " slot(s) removed, " + confirmed + " sent to review")
                .contains("CONFIRMED -> UNDER_REVIEW");
        assertThat(count("SELECT count(*) FROM slots WHERE status = 'UNDER_REVIEW'")).isEqualTo(confirmed);
        assertThat(CommandLineRun.of(env, "cleanup", "expired-slots").out()).contains("0 slot(s) removed, 0 sent to review");
    }
}
