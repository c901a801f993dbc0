package in.mrmentor.bootstrap;

import in.mrmentor.bootstrap.settings.DatabaseTarget;
import in.mrmentor.bootstrap.settings.DevelopmentSecrets;
import in.mrmentor.bootstrap.settings.SettingsException;
import in.mrmentor.config.FeatureFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsReaderTest {
    private static final String STRONG_JWT = "k3J9v2Qm8xTz4LpW7sYb1NcR6dHf0GaE-strong";
    private static final String DB_PASSWORD = "Zr8-pq1-LmX";

    @TempDir
    Path dataDir;

    private Map<String, String> development(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put("MAS_DATA_DIR", dataDir.toString());
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private Map<String, String> production(String... pairs) {
        Map<String, String> env = development("APP_ENV", "production", "JWT_SECRET", STRONG_JWT,
                "DATABASE_URL", "postgres://mas:" + DB_PASSWORD + "@db.internal:5432/mas",
                "CORS_ALLOWED_ORIGINS", "https://app.mrmentor.in",
                "GLOBAL_INVOICE_SUPPLIER_GSTIN", "27AAPFU0939F1ZV");
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                env.remove(pairs[i]);
            } else {
                env.put(pairs[i], pairs[i + 1]);
            }
        }
        return env;
    }

    private static SettingsException refusal(Map<String, String> env) {
        try {
            SettingsReader.read(env);
        } catch (SettingsException e) {
            return e;
        }
        throw new AssertionError("expected start-up to be refused");
    }

    @Test
    void theBusinessTimeZoneIsReadOnceForEveryContext() {
        Map<String, String> berlin = development();
        berlin.put("BUSINESS_TIME_ZONE", "Europe/Berlin");
        Settings settings = SettingsReader.read(berlin);
        assertThat(settings.platform().businessZone()).isEqualTo(java.time.ZoneId.of("Europe/Berlin"));
        assertThat(settings.invoices().terms().businessZone()).isEqualTo(java.time.ZoneId.of("Europe/Berlin"));

        Map<String, String> nowhere = development();
        nowhere.put("BUSINESS_TIME_ZONE", "Mars/Olympus");
        assertThat(refusal(nowhere).problems()).filteredOn(problem -> problem.contains("BUSINESS_TIME_ZONE")).hasSize(1);
    }

    @Test
    void nothingConfiguredMeansDevelopmentOnTheEmbeddedDatabaseWithDefaults() {
        Settings settings = SettingsReader.read(development());

        assertThat(settings.production()).isFalse();
        assertThat(settings.database()).isInstanceOf(DatabaseTarget.Embedded.class);
        assertThat(settings.port()).isEqualTo(8000);
        assertThat(settings.migrateOnStart()).isTrue();
        assertThat(settings.identity().accessTokenLifetime()).hasMinutes(15);
        assertThat(settings.identity().refreshTokenLifetime()).hasDays(7);
        assertThat(settings.identity().loginMaxAttempts()).isEqualTo(5);
        assertThat(settings.identity().loginWindow()).hasSeconds(900);
        assertThat(settings.flags().isOn(FeatureFlag.TOKEN_REQUEST_FLOW)).isTrue();
        assertThat(settings.flags().isOn(FeatureFlag.SEEDING)).isFalse();
    }

    @Test
    void developmentSecretsAreGeneratedOnceAndKeptOwnerOnly() throws Exception {
        Settings first = SettingsReader.read(development());
        Settings second = SettingsReader.read(development());

        assertThat(first.jwtSecret().value()).hasSizeGreaterThanOrEqualTo(32).isEqualTo(second.jwtSecret().value());
        assertThat(first.encryptionKey()).isPresent();
        assertThat(second.encryptionKey().orElseThrow().value()).isEqualTo(first.encryptionKey().orElseThrow().value());
        Path file = dataDir.resolve(DevelopmentSecrets.FILE_NAME);
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void productionRefusesTheDemoESignProviderNamingIt() {
        SettingsException e = refusal(production("MAS101_PAP_DEMO_AUTOVERIFY", "true"));

        assertThat(e.getMessage()).contains("MAS101_PAP_DEMO_AUTOVERIFY");
        assertThat(SettingsReader.read(development("MAS101_PAP_DEMO_AUTOVERIFY", "true")).pap().demoAutoVerify()).isTrue();
        assertThat(refusal(development("MAS101_PAP_PERCENT", "0")).getMessage()).contains("MAS101_PAP_PERCENT");
    }

    @Test
    void productionWithoutJwtSecretIsRefusedNamingIt() {
        SettingsException e = refusal(production("JWT_SECRET", null));

        assertThat(e.getMessage()).contains("JWT_SECRET");
        assertThat(dataDir.resolve(DevelopmentSecrets.FILE_NAME)).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"changeme", "secret", "CHANGE-ME-IN-ENV", "short-but-not-default"})
    void productionRefusesWeakOrDefaultJwtSecretsWithoutPrintingThem(String weak) {
        SettingsException e = refusal(production("JWT_SECRET", weak));

        assertThat(e.problems()).anySatisfy(problem -> assertThat(problem).startsWith("JWT_SECRET"));
        assertThat(e.getMessage()).doesNotContain(weak);
    }

    @Test
    void productionRefusesAKnownDefaultAdminPassword() {
        SettingsException e = refusal(production("ADMIN_EMAIL", "admin@mrmentor.in", "ADMIN_PASSWORD", "admin123"));

        assertThat(e.getMessage()).contains("ADMIN_PASSWORD").doesNotContain("admin123");
    }

    @Test
    void productionRefusesTheEmbeddedDatabaseAndTheSeedsDatabaseDefaults() {
        assertThat(refusal(production("DATABASE_URL", null)).getMessage()).contains("DATABASE_URL");

        SettingsException seedDefaults = refusal(production("DATABASE_URL", null, "DB_HOST", "localhost",
                "DB_USERNAME", "shubham", "DB_PASSWORD", "shubham"));
        assertThat(seedDefaults.problems()).anySatisfy(p -> assertThat(p).startsWith("DB_USERNAME"));
        assertThat(seedDefaults.problems()).anySatisfy(p -> assertThat(p).startsWith("DB_PASSWORD"));
    }

    @Test
    void productionRefusesWildcardCors() {
        assertThat(refusal(production("CORS_ALLOWED_ORIGINS", "[\"*\"]")).getMessage()).contains("CORS_ALLOWED_ORIGINS");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        SettingsException e = refusal(production("JWT_SECRET", null, "CORS_ALLOWED_ORIGINS", "*",
                "ENABLE_GRANT_AUDIT", "maybe", "PORT", "eighty"));

        assertThat(e.problems()).hasSize(4);
    }

    @Test
    void nodeEnvProductionAlsoTurnsOnTheGuards() {
        Map<String, String> env = development("NODE_ENV", "production");

        assertThat(refusal(env).getMessage()).contains("JWT_SECRET");
    }

    @Test
    void aValidProductionEnvironmentStarts() {
        Settings settings = SettingsReader.read(production("PLATFORM_ENCRYPTION_KEY", "a-long-enough-encryption-key"));

        assertThat(settings.production()).isTrue();
        assertThat(settings.corsAllowedOrigins()).containsExactly("https://app.mrmentor.in");
        assertThat(settings.toString()).doesNotContain(STRONG_JWT).doesNotContain(DB_PASSWORD)
                .doesNotContain("a-long-enough-encryption-key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "FALSE", "0", "no", "Off", " off "})
    void everySpellingOfOffTurnsAFlagOff(String off) {
        Settings settings = SettingsReader.read(development("ENABLE_TOKEN_REQUEST_FLOW", off));

        assertThat(settings.flags().isOn(FeatureFlag.TOKEN_REQUEST_FLOW)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", "1", "yes", "On", ""})
    void everySpellingOfOnOrUnsetLeavesAFlagOn(String on) {
        Settings settings = SettingsReader.read(development("ENABLE_RESUME_REVIEW_SPEND", on));

        assertThat(settings.flags().isOn(FeatureFlag.RESUME_REVIEW_SPEND)).isTrue();
    }

    @Test
    void anUnreadableFlagStopsStartUpNamingTheVariable() {
        SettingsException e = refusal(development("ENABLE_TOKEN_REQUEST_FLOW", "maybe"));

        assertThat(e.problems()).singleElement().asString().startsWith("ENABLE_TOKEN_REQUEST_FLOW");
    }

    @Test
    void seedingIsOffUnlessAskedFor() {
        assertThat(SettingsReader.read(development("ENABLE_SEEDING", "true")).flags().isOn(FeatureFlag.SEEDING)).isTrue();
    }

    @Test
    void corsAcceptsTheSeedsJsonArrayOrACommaList() {
        assertThat(SettingsReader.origins("[\"http://localhost:3000\", \"https://a.in\"]"))
                .containsExactly("http://localhost:3000", "https://a.in");
        assertThat(SettingsReader.origins("https://a.in, https://b.in")).containsExactly("https://a.in", "https://b.in");
    }

    @Test
    void badNumbersAndFormatsAreRefused() {
        SettingsException e = refusal(development("PORT", "70000", "LOG_FORMAT", "xml", "MIGRATE_ON_START", "later",
                "APP_ENV", "staging"));

        assertThat(e.problems()).extracting(p -> p.split(" ")[0])
                .containsExactlyInAnyOrder("PORT", "LOG_FORMAT", "MIGRATE_ON_START", "APP_ENV");
    }

    @Test
    void migrateOnStartCanBeTurnedOff() {
        assertThat(SettingsReader.read(development("MIGRATE_ON_START", "false")).migrateOnStart()).isFalse();
    }

    @Test
    void googleSignInIsOffWithoutAClientIdAndOnWithOne() {
        assertThat(SettingsReader.read(development()).identity().google()).isEmpty();

        var google = SettingsReader.read(development("GOOGLE_CLIENT_ID", "1234.apps.googleusercontent.com",
                "GOOGLE_CLIENT_SECRET", "google-secret-value", "GOOGLE_REDIRECT_URI", "https://app.mrmentor.in/cb"))
                .identity().google().orElseThrow();
        assertThat(google.tokenUri()).hasToString("https://oauth2.googleapis.com/token");
        assertThat(google.jwksUri()).hasToString("https://www.googleapis.com/oauth2/v3/certs");
        assertThat(google.redirectUri()).contains("https://app.mrmentor.in/cb");
        assertThat(google.toString()).doesNotContain("google-secret-value");
    }

    @Test
    void aGoogleSecretWithoutAClientIdOrAStubOverHttpInProductionIsRefused() {
        assertThat(refusal(development("GOOGLE_CLIENT_SECRET", "google-secret-value")).getMessage())
                .contains("GOOGLE_CLIENT_ID");
        var e = refusal(production("PLATFORM_ENCRYPTION_KEY", "a-long-enough-encryption-key",
                "GOOGLE_CLIENT_ID", "1234.apps.googleusercontent.com", "GOOGLE_JWKS_URI", "http://stub.internal/certs"));
        assertThat(e.getMessage()).contains("GOOGLE_JWKS_URI");
    }

    @Test
    void theForgottenPasswordLimitsDefaultToTheSeedsAndCanBeSet() {
        var defaults = SettingsReader.read(development()).identity();
        assertThat(defaults.forgotPasswordLimit().maxAttempts()).isEqualTo(3);
        assertThat(defaults.resetPasswordThrottle().maxAttempts()).isEqualTo(5);
        assertThat(defaults.resetPasswordThrottle().window()).isEqualTo(java.time.Duration.ofSeconds(900));

        var set = SettingsReader.read(development("AUTH_FORGOT_PASSWORD_MAX_ATTEMPTS", "1",
                "AUTH_RESET_PASSWORD_WINDOW_SECONDS", "60")).identity();
        assertThat(set.forgotPasswordLimit().maxAttempts()).isEqualTo(1);
        assertThat(set.resetPasswordThrottle().window()).isEqualTo(java.time.Duration.ofSeconds(60));
        assertThat(refusal(development("AUTH_RESET_PASSWORD_MAX_ATTEMPTS", "0")).getMessage())
                .contains("AUTH_RESET_PASSWORD_MAX_ATTEMPTS");
    }

    @Test
    void mrHireNeedsBothItsUrlAndAStrongTokenInProduction() {
        assertThat(SettingsReader.read(development("MR_HIRE_BACKEND_URL", "https://hire.example.com")).mrHire()).isEmpty();
        var both = SettingsReader.read(development("MR_HIRE_BACKEND_URL", "https://hire.example.com",
                "INTERNAL_SERVICE_TOKEN", "short")).mrHire().orElseThrow();
        assertThat(both.toString()).doesNotContain("short");

        var e = refusal(production("PLATFORM_ENCRYPTION_KEY", "a-long-enough-encryption-key",
                "MR_HIRE_BACKEND_URL", "https://hire.example.com", "INTERNAL_SERVICE_TOKEN", "changeme"));
        assertThat(e.getMessage()).contains("INTERNAL_SERVICE_TOKEN").doesNotContain("changeme");
        assertThat(refusal(development("MR_HIRE_BACKEND_URL", "hire.example.com")).getMessage())
                .contains("MR_HIRE_BACKEND_URL");
    }
}
