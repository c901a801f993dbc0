package in.mrmentor.cli;

import in.mrmentor.http.json.Json;
import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mas programs applications list --batch CODE} and {@code mas pap list --status S} against PostgreSQL. */
class ProgramsAndPapCommandTest {

    @TempDir
    Path dataDir;

    private Map<String, String> env;
    private final UUID enrolled = UUID.randomUUID();
    private final UUID closed = UUID.randomUUID();

    @BeforeEach
    void database() throws Exception {
        String database = TestPostgres.get().emptyDatabaseName();
        env = Map.of("DATABASE_URL", TestPostgres.get().databaseUrl(database), "MAS_DATA_DIR", dataDir.toString());
        assertThat(CommandLineRun.of(env, "migrate").exitCode()).isZero();
        var pg = TestPostgres.get().server();
        try (var connection = DriverManager.getConnection(pg.jdbcUrl(database), pg.user(), pg.password());
             var sql = connection.createStatement()) {
            UUID user = UUID.randomUUID();
            UUID batch = UUID.randomUUID();
            UUID first = UUID.randomUUID();
            UUID second = UUID.randomUUID();
            sql.executeUpdate("INSERT INTO users (id, email, name, role, password_hash, password_changed_at) VALUES ('"
                    + user + "', 's@example.com', 'S', 'USER', 'x', now())");
            sql.executeUpdate("INSERT INTO program_batches VALUES ('" + batch + "', 'MAS101-2027-JAN', 'January', 'MAS101', "
                    + "'2027-01-10', 5000000, 30, true, 'ACTIVE', now())");
            sql.executeUpdate("INSERT INTO program_applications (id, user_id, batch_id, status, created_at, updated_at) VALUES "
                    + "('" + first + "', '" + user + "', '" + batch + "', 'ENROLLED', now() - interval '1 day', now()), "
                    + "('" + second + "', '" + user + "', '" + batch + "', 'REJECTED', now(), now())");
            sql.executeUpdate("INSERT INTO mas101_pap_workflows (id, application_id, user_id, batch_id, status, created_at, "
                    + "updated_at) VALUES ('" + enrolled + "', '" + first + "', '" + user + "', '" + batch + "', 'ENROLLED', now(), now())");
            sql.executeUpdate("INSERT INTO mas101_pap_workflows (id, application_id, user_id, batch_id, status, pap_fee_paise, "
                    + "invoice_number, created_at, updated_at) VALUES ('" + closed + "', '" + second + "', '" + user + "', '"
                    + batch + "', 'CLOSED', 18000000, 'PAP/2627/0001', now(), now())");
        }
    }

    @Test
    void theApplicationsOfABatchAreListedByItsCode() {
        var all = CommandLineRun.of(env, "programs", "applications", "list", "--batch", "MAS101-2027-JAN");
        var enrolledOnly = CommandLineRun.of(env, "programs", "applications", "list", "--batch", "MAS101-2027-JAN",
                "--status", "ENROLLED");
        var unknown = CommandLineRun.of(env, "programs", "applications", "list", "--batch", "NOPE-1");

        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out().lines()).hasSize(3);
        assertThat(all.out()).contains("ENROLLED", "REJECTED");
        assertThat(enrolledOnly.out()).contains("ENROLLED").doesNotContain("REJECTED");
        assertThat(unknown.exitCode()).isEqualTo(3);
        assertThat(unknown.err()).contains("BATCH_NOT_FOUND");
    }

    @Test
    void workflowsAreListedByStatus() {
        var closedOnes = CommandLineRun.of(env, "pap", "list", "--status", "CLOSED");
        var all = CommandLineRun.of(env, "pap", "list");

        assertThat(closedOnes.exitCode()).as(closedOnes.err()).isZero();
        assertThat(closedOnes.out()).contains(closed.toString(), "18000000", "PAP/2627/0001").doesNotContain(enrolled.toString());
        assertThat(all.out()).contains(closed.toString(), enrolled.toString());
        assertThat(CommandLineRun.of(env, "pap", "list", "--status", "SIGNED").exitCode()).isEqualTo(2);
    }

    @Test
    void workflowsTakeJsonAndPage() throws Exception {
        var first = CommandLineRun.of(env, "pap", "list", "--json", "--limit", "1");
        assertThat(first.exitCode()).as(first.err()).isZero();
        var rows = Json.mapper().readTree(first.out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).path("id").asText()).isEqualTo(enrolled.toString());
        String cursor = first.err().substring(first.err().indexOf("--cursor ") + "--cursor ".length()).strip();

        var second = Json.mapper().readTree(CommandLineRun.of(env, "pap", "list", "--json", "--cursor", cursor).out());
        assertThat(second).hasSize(1);
        assertThat(second.get(0).path("id").asText()).isEqualTo(closed.toString());
        assertThat(second.get(0).path("papFeePaise").asLong()).isEqualTo(18000000);
    }

    @Test
    void applicationsTakeJsonAndPage() throws Exception {
        var first = CommandLineRun.of(env, "programs", "applications", "list", "--batch", "MAS101-2027-JAN", "--json",
                "--limit", "1");
        assertThat(first.exitCode()).as(first.err()).isZero();
        var rows = Json.mapper().readTree(first.out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).path("status").asText()).isEqualTo("ENROLLED");
        String cursor = first.err().substring(first.err().indexOf("--cursor ") + "--cursor ".length()).strip();

        var second = Json.mapper().readTree(CommandLineRun.of(env, "programs", "applications", "list", "--batch",
                "MAS101-2027-JAN", "--json", "--cursor", cursor).out());
        assertThat(second).hasSize(1);
        assertThat(second.get(0).path("status").asText()).isEqualTo("REJECTED");
    }
}
