package in.mrmentor.cli;

import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mas tokens ...} and {@code mas audit ledger} against a real PostgreSQL. */
class TokensAndAuditCommandTest {

    @TempDir
    Path dataDir;

    private Map<String, String> env;
    private String database;

    @BeforeEach
    void database() {
        database = TestPostgres.get().emptyDatabaseName();
        env = Map.of("DATABASE_URL", TestPostgres.get().databaseUrl(database), "MAS_DATA_DIR", dataDir.toString());
        var created = CommandLineRun.withInput(env, "student-password\n", "users", "create", "--email", "s@example.com",
                "--name", "S", "--role", "USER", "--password-stdin");
        assertThat(created.exitCode()).as(created.err()).isZero();
    }

    @Test
    void grantThenCorrectThenShowTheBalance() {
        var granted = CommandLineRun.of(env, "tokens", "grant", "--email", "S@example.com", "--account", "token",
                "--amount", "5", "--reason", "pilot cohort");
        var corrected = CommandLineRun.of(env, "tokens", "grant", "--email", "s@example.com", "--account", "token",
                "--amount=-2", "--reason", "double grant");

        assertThat(granted.exitCode()).as(granted.err()).isZero();
        assertThat(granted.out()).contains("balance now 5");
        assertThat(corrected.exitCode()).as(corrected.err()).isZero();
        assertThat(CommandLineRun.of(env, "tokens", "balance", "--email", "s@example.com").out())
                .contains("token 3", "resumeToken 0", "promotionalToken 0");
    }

    @Test
    void aCorrectionBelowZeroIsAConflictAndAnUnknownUserIsNotFound() {
        var below = CommandLineRun.of(env, "tokens", "grant", "--email", "s@example.com", "--account", "resumeToken",
                "--amount=-1", "--reason", "oops");
        var nobody = CommandLineRun.of(env, "tokens", "balance", "--email", "nobody@example.com");

        assertThat(below.exitCode()).isEqualTo(4);
        assertThat(below.err()).contains("INSUFFICIENT_TOKENS");
        assertThat(nobody.exitCode()).isEqualTo(3);
    }

    @Test
    void theAuditPassesOnAHealthyLedgerAndFailsAfterABalanceIsTamperedWith() throws Exception {
        CommandLineRun.of(env, "tokens", "grant", "--email", "s@example.com", "--account", "promotionalToken",
                "--amount", "4", "--reason", "launch offer");

        var healthy = CommandLineRun.of(env, "audit", "ledger");
        assertThat(healthy.exitCode()).as(healthy.out() + healthy.err()).isZero();
        assertThat(healthy.out()).contains("ledger OK");

        var pg = TestPostgres.get().server();
        try (var connection = DriverManager.getConnection(pg.jdbcUrl(database), pg.user(), pg.password());
             var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE token_balances SET balance = balance + 10 WHERE wallet = 'PROMOTIONAL_TOKEN'");
        }

        var tampered = CommandLineRun.of(env, "audit", "ledger");
        assertThat(tampered.exitCode()).isEqualTo(1);
        assertThat(tampered.out()).contains("MISMATCH user:", ":promotionalToken stored 14, ledger says 4");
    }
}
