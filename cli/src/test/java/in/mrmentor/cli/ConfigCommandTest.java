package in.mrmentor.cli;

import in.mrmentor.http.json.Json;
import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mas migrate} and {@code mas config ...} against a real PostgreSQL given by DATABASE_URL. */
class ConfigCommandTest {

    @TempDir
    Path dataDir;

    private Map<String, String> env;

    @BeforeEach
    void externalDatabase() {
        var postgres = TestPostgres.get();
        String database = postgres.emptyDatabaseName();
        env = Map.of("DATABASE_URL", postgres.databaseUrl(database),
                "MAS_DATA_DIR", dataDir.toString());
    }

    private CommandLineRun mas(String... args) {
        return CommandLineRun.of(env, args);
    }

    @Test
    void migrateAppliesTheSchemaOnceAndThenHasNothingToDo() {
        var first = mas("migrate");
        var second = mas("migrate");

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).containsPattern("Schema is at version \\d+; [1-9]\\d* migration\\(s\\) applied");
        assertThat(second.out()).contains("0 migration(s) applied");
    }

    @Test
    void setGetListAndDeleteARow() {
        assertThat(mas("config", "set", "global_auto_screen_on_apply", "true", "--label", "Auto screen").exitCode()).isZero();

        var get = mas("config", "get", "global_auto_screen_on_apply");
        assertThat(get.exitCode()).isZero();
        assertThat(get.out()).contains("value:       true", "label:       Auto screen", "active:      true");

        assertThat(mas("config", "list").out()).contains("global_auto_screen_on_apply");

        assertThat(mas("config", "delete", "global_auto_screen_on_apply").exitCode()).isZero();
        assertThat(mas("config", "get", "global_auto_screen_on_apply").exitCode()).isEqualTo(3);
    }

    @Test
    void secretValuesAreNeverPrinted() {
        var set = mas("config", "set", "mas101_leegality_sandbox_auth_token", "tok-123456789", "--secret");

        assertThat(set.exitCode()).isZero();
        assertThat(set.out()).doesNotContain("tok-123456789").contains("********");
        assertThat(mas("config", "get", "mas101_leegality_sandbox_auth_token").out()).doesNotContain("tok-123456789");
    }

    @Test
    void anInvalidKeyExitsTwoNamingTheField() {
        var run = mas("config", "set", "bad key!", "x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("VALIDATION_FAILED", "key:");
    }

    /** README: a key no row can have is bad input (2); a well-formed key with no row is not found (3). */
    @Test
    void anInvalidKeyIsAUsageErrorForGetAndDeleteTooWhileAMissingOneIsNotFound() {
        var get = mas("config", "get", "bad key!");
        var effective = mas("config", "get", "bad key!", "--effective");
        var delete = mas("config", "delete", "bad key!");

        assertThat(get.exitCode()).isEqualTo(2);
        assertThat(get.err()).contains("VALIDATION_FAILED", "key:");
        assertThat(effective.exitCode()).isEqualTo(2);
        assertThat(delete.exitCode()).isEqualTo(2);
        assertThat(mas("config", "get", "no_such_key").exitCode()).isEqualTo(3);
        assertThat(mas("config", "get", "no_such_key", "--effective").exitCode()).isEqualTo(3);
    }

    @Test
    void listTakesJsonAndPages() throws Exception {
        mas("config", "set", "global_auto_screen_on_apply", "true");
        mas("config", "set", "mas101_leegality_sandbox_auth_token", "tok-123456789", "--secret");

        var first = mas("config", "list", "--json", "--limit", "1");
        var rows = Json.mapper().readTree(first.out());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).path("key").asText()).isEqualTo("global_auto_screen_on_apply");
        assertThat(rows.get(0).path("isActive").asBoolean()).isTrue();
        String cursor = first.err().substring(first.err().indexOf("--cursor ") + "--cursor ".length()).strip();
        var second = Json.mapper().readTree(mas("config", "list", "--json", "--cursor", cursor).out());
        assertThat(second.get(0).path("key").asText()).isEqualTo("mas101_leegality_sandbox_auth_token");
        assertThat(second.get(0).path("value").asText()).doesNotContain("tok-123456789");
    }

    @Test
    void deletingAMissingKeyExitsThree() {
        var run = mas("config", "delete", "nope");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("CONFIG_NOT_FOUND");
    }

    @Test
    void valueAndValueStdinTogetherAreAUsageError() {
        assertThat(mas("config", "set", "k", "v", "--value-stdin").exitCode()).isEqualTo(2);
    }
}
