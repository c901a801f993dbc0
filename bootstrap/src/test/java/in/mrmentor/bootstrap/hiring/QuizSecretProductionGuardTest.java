package in.mrmentor.bootstrap.hiring;

import in.mrmentor.bootstrap.MasServer;
import in.mrmentor.bootstrap.SettingsReader;
import in.mrmentor.bootstrap.settings.SettingsException;
import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * HIRING.md: production refuses to start without {@code QUIZ_TOKEN_SECRET} once a quiz template
 * exists (its links are signed with it), like the other secrets; before the first template it starts.
 */
class QuizSecretProductionGuardTest {
    @TempDir
    Path data;

    private Map<String, String> production(String database) {
        return new HashMap<>(Map.of(
                "MAS_DATA_DIR", data.toString(), "PORT", "0", "HOST", "127.0.0.1",
                "APP_ENV", "production",
                "JWT_SECRET", "a-production-jwt-secret-of-more-than-thirty-two-characters",
                "DATABASE_URL", TestPostgres.get().databaseUrl(database),
                "CORS_ALLOWED_ORIGINS", "https://app.mrmentor.in",
                "GLOBAL_INVOICE_SUPPLIER_GSTIN", "27AAPFU0939F1ZV",
                "ADMIN_EMAIL", "root@mrmentor.test", "ADMIN_PASSWORD", "bootstrap-admin-pass"));
    }

    @Test
    void productionStartsWithoutTheSecretUntilAQuizTemplateExistsThenRefusesNamingIt() throws Exception {
        String database = TestPostgres.get().freshDatabaseName();
        Map<String, String> env = production(database);
        MasServer.start(SettingsReader.read(env)).close();

        String url = TestPostgres.get().databaseUrl(database);
        try (var connection = DriverManager.getConnection(jdbc(url), user(url), password(url));
             var statement = connection.createStatement()) {
            statement.execute("INSERT INTO quiz_templates (id, owner_id, title, created_at) "
                    + "SELECT gen_random_uuid(), id, 'Basics', now() FROM users LIMIT 1");
        }

        assertThatThrownBy(() -> MasServer.start(SettingsReader.read(env)).close())
                .isInstanceOfSatisfying(SettingsException.class,
                        e -> assertThat(e.getMessage()).contains("QUIZ_TOKEN_SECRET"));
        env.put("QUIZ_TOKEN_SECRET", "a-quiz-token-secret-of-more-than-thirty-two-chars");
        MasServer.start(SettingsReader.read(env)).close();
    }

    /** {@code postgres://user:password@host:port/db} as its JDBC pieces. */
    private static String jdbc(String url) {
        return "jdbc:postgresql://" + url.substring(url.indexOf('@') + 1);
    }

    private static String user(String url) {
        return url.substring("postgres://".length(), url.indexOf(':', "postgres://".length()));
    }

    private static String password(String url) {
        return url.substring(url.indexOf(':', "postgres://".length()) + 1, url.indexOf('@'));
    }
}
