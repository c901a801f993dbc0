package in.mrmentor.bootstrap;

import in.mrmentor.identity.Totp;
import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.Map;

import static in.mrmentor.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The emergency master login: only with both settings, TOTP-checked, audited in login_logs. */
class MasterLoginOverHttpTest {
    private static final String MASTER_PASSWORD = "master-password-for-emergencies";
    /** RFC 6238's test key "12345678901234567890" in Base32. */
    private static final String TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @TempDir
    Path dataDir;

    private static String totpNow() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec("12345678901234567890".getBytes(StandardCharsets.US_ASCII), "HmacSHA1"));
        return Totp.codeFrom(mac.doFinal(Totp.counterBytes(Totp.counterAt(Instant.now()))));
    }

    @Test
    void aMasterLoginWithTheRightTotpSignsInAsTheUserAndIsAudited() throws Exception {
        var pg = TestPostgres.get().server();
        String database = TestPostgres.get().freshDatabaseName();
        var env = Map.of("MAS_DATA_DIR", dataDir.toString(), "PORT", "0", "HOST", "127.0.0.1",
                "DATABASE_URL", TestPostgres.get().databaseUrl(database),
                "MASTER_PASSWORD", MASTER_PASSWORD, "MASTER_TOTP_SECRET", TOTP_SECRET);
        try (MasServer app = MasServer.start(SettingsReader.read(env))) {
            ApiClient api = new ApiClient(app.port());
            api.post("/api/auth/signup", null, json("email", "student@example.com", "password", "correct-horse", "name", "Asha"));

            var wrong = api.post("/api/auth/master-login", null,
                    json("email", "student@example.com", "masterPassword", MASTER_PASSWORD, "totp", "000000"));
            assertThat(wrong.status()).isEqualTo(401);

            var ok = api.post("/api/auth/master-login", null,
                    json("email", "student@example.com", "masterPassword", MASTER_PASSWORD, "totp", totpNow()));
            assertThat(ok.status()).as(ok.body().toString()).isEqualTo(200);
            assertThat(api.get("/api/auth/me", ok.text("accessToken")).text("email")).isEqualTo("student@example.com");

            try (var connection = DriverManager.getConnection(pg.jdbcUrl(database), pg.user(), pg.password());
                 var rows = connection.createStatement().executeQuery("SELECT count(*) FROM login_logs WHERE event = 'MASTER_LOGIN'")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        }
    }
}
