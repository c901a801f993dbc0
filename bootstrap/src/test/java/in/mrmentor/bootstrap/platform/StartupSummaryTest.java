package in.mrmentor.bootstrap.platform;

import in.mrmentor.bootstrap.Settings;
import in.mrmentor.bootstrap.SettingsReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class StartupSummaryTest {

    @TempDir
    Path dataDir;

    @Test
    void theEmbeddedDevelopmentSetupIsDescribedInOneBlock() {
        Settings settings = SettingsReader.read(Map.of("MAS_DATA_DIR", dataDir.toString(), "ENABLE_STARTER_BUNDLE", "off"));

        String summary = StartupSummary.describe(settings, OptionalInt.of(54321), 8122);

        assertThat(summary).contains("serving on port 8122 (development mode)", "embedded PostgreSQL on 127.0.0.1:54321",
                "psql -h 127.0.0.1 -p 54321", "job queue:    PostgreSQL", "filesystem under", "kept in the outbox",
                "answer 503:", "RAZORPAY_KEY_ID", "GOOGLE_CLIENT_ID", "MR_HIRE_WEBHOOK_SECRET", "LEEGALITY_BASE_URL",
                "switched off: ENABLE_STARTER_BUNDLE", "http://localhost:8122/docs");
    }

    @Test
    void externalServicesAreNamedByHostWithoutCredentials() {
        Settings settings = SettingsReader.read(Map.of("MAS_DATA_DIR", dataDir.toString(),
                "DATABASE_URL", "postgres://mas:Db-Secret-Pass@db.internal:5433/mas",
                "REDIS_URL", "redis://:Redis-Secret@cache.internal:6379/0",
                "SMTP_HOST", "smtp.example.com", "SMTP_USER", "mailer", "SMTP_PASSWORD", "Smtp-Secret",
                "RAZORPAY_KEY_ID", "rzp_test_1", "RAZORPAY_KEY_SECRET", "Rzp-Secret",
                "MAS101_PAP_DEMO_AUTOVERIFY", "on"));

        String summary = StartupSummary.describe(settings, OptionalInt.empty(), 8000);

        assertThat(summary).contains("external PostgreSQL at db.internal:5433", "Redis Streams at cache.internal:6379",
                        "SMTP smtp.example.com", "payments (RAZORPAY_KEY_ID)", "e-signing: demo", "nothing (every kill switch is on)")
                .doesNotContain("Db-Secret-Pass", "Redis-Secret", "Smtp-Secret", "Rzp-Secret", "mas:", "mailer");
    }
}
