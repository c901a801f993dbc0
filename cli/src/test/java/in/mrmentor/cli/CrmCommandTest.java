package in.mrmentor.cli;

import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mas crm import} and {@code mas crm vendor-keys} against a real PostgreSQL. */
class CrmCommandTest {

    @TempDir
    Path dataDir;

    private Map<String, String> env;

    @BeforeEach
    void database() {
        String database = TestPostgres.get().emptyDatabaseName();
        env = Map.of("DATABASE_URL", TestPostgres.get().databaseUrl(database), "MAS_DATA_DIR", dataDir.toString());
    }

    @Test
    void anImportPrintsProgressOnStderrAndTheRowReportWithTheFailedLines() throws Exception {
        Path csv = dataDir.resolve("leads.csv");
        Files.writeString(csv, "name,phone,email,city\n"
                + "Asha,+91 98765 43210,asha@example.com,Pune\n"
                + "Ravi,09812345678,,Delhi\n"
                + "Asha again,09876543210,,Pune\n"
                + "Bad,12345,,Goa\n"
                + "Meera,9811122233,MEERA@Example.com,Pune\n");

        var run = CommandLineRun.of(env, "crm", "import", csv.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("rows 5", "created 3", "duplicates 1", "failed 1", "line 5, phone:");
        assertThat(run.err()).contains("Importing", "DONE: 5 rows");

        var again = CommandLineRun.of(env, "crm", "import", csv.toString());
        assertThat(again.out()).contains("created 0", "duplicates 4", "failed 1");
    }

    @Test
    void aFileThatIsNotCsvFailsWithTheReason() throws Exception {
        Path csv = dataDir.resolve("broken.csv");
        Files.writeString(csv, "name,phone\nAsha,9876543210\n\"Ravi,9812345678\n");

        var run = CommandLineRun.of(env, "crm", "import", csv.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAILED", "created 1", "error line 3");
    }

    @Test
    void vendorKeysAreShownOnceListedWithoutSecretAndRevoked() {
        var created = CommandLineRun.of(env, "crm", "vendor-keys", "create", "--vendor", "Shiksha Leads");
        assertThat(created.exitCode()).as(created.err()).isZero();
        String key = created.out().lines().filter(l -> l.startsWith("key ")).findFirst().orElseThrow().substring(4);
        String prefix = created.out().lines().filter(l -> l.startsWith("prefix ")).findFirst().orElseThrow().substring(7);
        assertThat(key).startsWith("mas_live_" + prefix);

        var listed = CommandLineRun.of(env, "crm", "vendor-keys", "list");
        assertThat(listed.out()).contains(prefix, "ACTIVE", "Shiksha Leads").doesNotContain(key);
        var json = CommandLineRun.of(env, "crm", "vendor-keys", "list", "--json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).startsWith("[").contains("\"prefix\":\"" + prefix + "\"", "\"vendorName\":\"Shiksha Leads\"")
                .doesNotContain(key, "digest");
        var revoked = CommandLineRun.of(env, "crm", "vendor-keys", "revoke", prefix);
        assertThat(revoked.out()).contains("REVOKED");
        var twice = CommandLineRun.of(env, "crm", "vendor-keys", "revoke", prefix);
        assertThat(twice.exitCode()).isEqualTo(4);
        assertThat(twice.err()).contains("INVALID_TRANSITION");
    }
}
