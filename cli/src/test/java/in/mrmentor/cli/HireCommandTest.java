package in.mrmentor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import in.mrmentor.persistence.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mas hire benchmarks import} and {@code mas hire rescreen} against a real PostgreSQL. */
class HireCommandTest {

    @TempDir
    Path dataDir;

    private Map<String, String> env;
    private String database;

    @BeforeEach
    void database() {
        database = TestPostgres.get().emptyDatabaseName();
        env = Map.of("DATABASE_URL", TestPostgres.get().databaseUrl(database), "MAS_DATA_DIR", dataDir.toString());
    }

    private String query(String sql) throws Exception {
        var pg = TestPostgres.get().server();
        try (var connection = DriverManager.getConnection(pg.jdbcUrl(database), pg.user(), pg.password());
             var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void benchmarksAreImportedRowByRowAndBadRowsNamed() throws Exception {
        Path csv = dataDir.resolve("benchmarks.csv");
        Files.writeString(csv, "role,location,p25_inr,p50_inr,p75_inr,sample_size,source\n"
                + "Backend Engineer,Bengaluru,1200000,1800000,2600000,120,survey\n"
                + "Data Analyst,Pune,600000,7.5,900000,40,survey\n");
        var run = CommandLineRun.of(env, "hire", "benchmarks", "import", csv.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("1 row(s) imported, 1 refused");
        assertThat(run.err()).contains("line 3", "p50_inr");
        assertThat(query("SELECT p50_paise FROM salary_benchmarks WHERE role_key = 'backend engineer'"))
                .isEqualTo("180000000");

        Files.writeString(csv, "role,location,p25_inr,p50_inr,p75_inr,sample_size,source\n"
                + "backend engineer,BENGALURU,1300000,1900000,2700000,150,survey 2\n");
        var again = CommandLineRun.of(env, "hire", "benchmarks", "import", csv.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(query("SELECT count(*) || ':' || max(p50_paise) FROM salary_benchmarks")).isEqualTo("1:190000000");

        assertThat(CommandLineRun.of(env, "hire", "benchmarks", "import", dataDir.resolve("none.csv").toString())
                .exitCode()).isEqualTo(3);
    }

    @Test
    void rescreenOfAnUnknownPostIsNotFound() {
        var run = CommandLineRun.of(env, "hire", "rescreen", "--job", UUID.randomUUID().toString(), "--dry-run");
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
        assertThat(CommandLineRun.of(env, "hire", "rescreen", "--job", "nope").exitCode()).isEqualTo(2);
    }
}
