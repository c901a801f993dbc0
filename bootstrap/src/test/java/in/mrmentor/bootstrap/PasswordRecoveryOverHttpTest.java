package in.mrmentor.bootstrap;

import in.mrmentor.mail.OutboxEntry;
import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static in.mrmentor.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Forgotten passwords end to end: the code is read from the outbox, as an operator without SMTP would. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordRecoveryOverHttpTest {
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @TempDir
    static Path dataDir;

    private MasServer app;
    private ApiClient api;

    @BeforeAll
    void start() {
        app = MasServer.start(SettingsReader.read(Map.of(
                "MAS_DATA_DIR", dataDir.toString(), "PORT", "0", "HOST", "127.0.0.1",
                "DATABASE_URL", TestPostgres.get().databaseUrl(TestPostgres.get().freshDatabaseName()),
                "AUTH_IP_MAX_PER_MINUTE", "10000")));
        api = new ApiClient(app.port());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private static String uniqueEmail() {
        return "student-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private ApiClient.Response signUp(String email) {
        return api.post("/api/auth/signup", null, json("email", email, "password", "correct-horse", "name", "Asha Rao"));
    }

    private ApiClient.Response forgot(String email) {
        return api.post("/api/auth/password/forgot", null, json("email", email));
    }

    private ApiClient.Response reset(String email, String code, String newPassword) {
        return api.post("/api/auth/password/reset", null, json("email", email, "code", code, "newPassword", newPassword));
    }

    private long mailsTo(String email) {
        return app.platform().outbox().newest(200).stream().filter(entry -> entry.email().to().equals(email)).count();
    }

    private String mailedCode(String email) {
        OutboxEntry mail = app.platform().outbox().newest(200).stream()
                .filter(entry -> entry.email().to().equals(email)).findFirst().orElseThrow();
        var matcher = CODE.matcher(mail.email().textBody());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }

    @Test
    void aForgottenPasswordIsResetWithTheMailedCodeAndTheOldTokensStopWorking() {
        String email = uniqueEmail();
        var session = signUp(email);
        assertThat(api.get("/api/auth/me", session.text("accessToken")).status()).isEqualTo(200);

        var accepted = forgot(email);
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.raw().headers().firstValue("RateLimit-Limit")).isPresent();
        var done = reset(email, mailedCode(email), "battery-staple");

        assertThat(done.status()).isEqualTo(204);
        assertThat(api.get("/api/auth/me", session.text("accessToken")).status()).isEqualTo(401);
        assertThat(api.post("/api/auth/refresh", null, json("refreshToken", session.text("refreshToken"))).status())
                .isEqualTo(401);
        assertThat(api.post("/api/auth/login", null, json("email", email, "password", "correct-horse")).status())
                .isEqualTo(401);
        var fresh = api.post("/api/auth/login", null, json("email", email, "password", "battery-staple"));
        assertThat(api.get("/api/auth/me", fresh.text("accessToken")).status()).isEqualTo(200);
    }

    @Test
    void anUnknownAddressIsAcceptedAlikeAndMailedNothing() {
        String email = uniqueEmail();

        assertThat(forgot(email).status()).isEqualTo(202);
        assertThat(mailsTo(email)).isZero();
    }

    @Test
    void theFourthRequestInTheWindowIsAcceptedButSendsNothing() {
        String email = uniqueEmail();
        signUp(email);
        for (int i = 0; i < 3; i++) {
            assertThat(forgot(email).status()).isEqualTo(202);
        }

        assertThat(forgot(email).status()).isEqualTo(202);
        assertThat(mailsTo(email)).isEqualTo(3);
    }

    @Test
    void aWrongCodeIs400AndTheSixthAttempt429EvenWithTheRightCode() {
        String email = uniqueEmail();
        signUp(email);
        forgot(email);
        String code = mailedCode(email);
        for (int i = 0; i < 4; i++) {
            var refused = reset(email, wrong(code), "battery-staple");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("INVALID_OTP");
        }
        forgot(email);
        String second = mailedCode(email);
        assertThat(reset(email, wrong(second), "battery-staple").code()).isEqualTo("INVALID_OTP");

        var throttled = reset(email, second, "battery-staple");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.code()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(throttled.raw().headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 900L));
    }

    @Test
    void aShortNewPasswordIsNamed() {
        var response = reset(uniqueEmail(), "123456", "short");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").findValuesAsText("field")).contains("newPassword");
    }
}
