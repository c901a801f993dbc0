package in.mrmentor.bootstrap.settings;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SupersededVariablesTest {

    @Test
    void seedRedisVariablesWithoutRedisUrlAreNamedNeverTheirValues() {
        var warnings = SupersededVariables.in(Map.of("REDIS_HOST", "redis.internal", "REDIS_PORT", "6380"));

        assertThat(warnings).singleElement().asString().contains("REDIS_HOST, REDIS_PORT", "REDIS_URL", "PostgreSQL")
                .doesNotContain("redis.internal", "6380");
        assertThat(SupersededVariables.in(Map.of("REDIS_HOST", "r", "REDIS_URL", "redis://r:6379"))).isEmpty();
    }

    @Test
    void partlySetDatabaseVariablesAreNamed() {
        assertThat(SupersededVariables.in(Map.of("DB_USERNAME", "mas", "DB_PASSWORD", "secret")))
                .singleElement().asString().contains("DB_USERNAME, DB_PASSWORD", "DB_HOST is unset").doesNotContain("secret");
        assertThat(SupersededVariables.in(Map.of("DATABASE_URL", "postgres://h/db", "DB_HOST", "other")))
                .singleElement().asString().contains("DB_HOST", "DATABASE_URL is set");
        assertThat(SupersededVariables.in(Map.of("DB_HOST", "h", "PGHOST", "p")))
                .singleElement().asString().contains("PGHOST", "DB_HOST is set");
        assertThat(SupersededVariables.in(Map.of("DB_HOST", "h", "DB_USERNAME", "u"))).isEmpty();
        assertThat(SupersededVariables.in(Map.of())).isEmpty();
    }
}
