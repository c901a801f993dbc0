package in.mrmentor.bootstrap.settings;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUrlTest {

    private static DatabaseTarget resolve(Map<String, String> env) {
        SettingsProblems problems = new SettingsProblems();
        DatabaseTarget target = DatabaseUrl.resolve(env, problems);
        assertThat(problems.isEmpty()).as("problems").isTrue();
        return target;
    }

    @Test
    void databaseUrlWinsAndIsTranslatedToJdbc() {
        var target = (DatabaseTarget.External) resolve(Map.of(
                "DATABASE_URL", "postgres://mas%40app:p%3Ass@db.example.com:6543/mas_prod?sslmode=require",
                "DB_HOST", "ignored", "PGHOST", "ignored"));

        assertThat(target.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/mas_prod?sslmode=require");
        assertThat(target.user()).isEqualTo("mas@app");
        assertThat(target.password().value()).isEqualTo("p:ss");
        assertThat(target.source()).isEqualTo("DATABASE_URL");
    }

    @Test
    void postgresqlSchemeAndDefaultsWork() {
        var target = (DatabaseTarget.External) resolve(Map.of("DATABASE_URL", "postgresql://u:p@host"));

        assertThat(target.jdbcUrl()).isEqualTo("jdbc:postgresql://host:5432/mas");
    }

    @Test
    void dbVariablesComeBeforePgVariables() {
        var target = (DatabaseTarget.External) resolve(Map.of("DB_HOST", "db1", "DB_PORT", "5433", "DB_NAME", "x",
                "DB_USERNAME", "u", "DB_PASSWORD", "p", "PGHOST", "pg"));

        assertThat(target.jdbcUrl()).isEqualTo("jdbc:postgresql://db1:5433/x");
        assertThat(target.source()).isEqualTo("DB_*");
    }

    @Test
    void pgVariablesAreTheLastResortBeforeEmbedded() {
        var target = (DatabaseTarget.External) resolve(Map.of("PGHOST", "pg", "PGUSER", "u", "PGPASSWORD", "p",
                "PGDATABASE", "d"));

        assertThat(target.jdbcUrl()).isEqualTo("jdbc:postgresql://pg:5432/d");
        assertThat(resolve(Map.of())).isInstanceOf(DatabaseTarget.Embedded.class);
    }

    @Test
    void otherSchemesAreRefusedNamingTheVariable() {
        SettingsProblems problems = new SettingsProblems();
        DatabaseUrl.resolve(Map.of("DATABASE_URL", "mysql://u:p@h/db"), problems);

        assertThat(problems.isEmpty()).isFalse();
    }
}
