package in.mrmentor.external.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpSettingsTest {

    @Test
    void nothingSetMeansNoSmtp() {
        assertThat(SmtpSettings.fromEnvironment(Map.of())).isEmpty();
        assertThat(SmtpSettings.fromEnvironment(Map.of("EMAIL_PASS", "secret", "SMTP_HOST", " "))).isEmpty();
    }

    @Test
    void theOriginalGmailVariablesAloneMeanGmailWithStartTls() {
        var settings = SmtpSettings.fromEnvironment(Map.of("EMAIL_USER", "team@gmail.com", "EMAIL_PASS", "app-pass"))
                .orElseThrow();

        assertThat(settings.host()).isEqualTo("smtp.gmail.com");
        assertThat(settings.port()).isEqualTo(587);
        assertThat(settings.startTls()).isTrue();
        assertThat(settings.ssl()).isFalse();
        assertThat(settings.username()).isEqualTo("team@gmail.com");
        assertThat(settings.password()).isEqualTo("app-pass");
        assertThat(settings.fromAddress()).isEqualTo("team@gmail.com");
        assertThat(settings.fromName()).isEqualTo("Mr. Mentor");
        assertThat(settings.timeout()).isEqualTo(Duration.ofMillis(8000));
    }

    @Test
    void theSmtpVariablesOfSeed004TakePrecedence() {
        var settings = SmtpSettings.fromEnvironment(Map.of(
                "SMTP_HOST", "mail.example.in", "SMTP_PORT", "2525", "SMTP_TLS", "false",
                "SMTP_USER", "mailer", "SMTP_PASSWORD", "pw", "EMAIL_USER", "ignored@gmail.com", "EMAIL_PASS", "ignored",
                "EMAIL_FROM", "noreply@example.in", "EMAILS_FROM_NAME", "Example", "EMAIL_TIMEOUT_MS", "1500"))
                .orElseThrow();

        assertThat(settings).isEqualTo(new SmtpSettings("mail.example.in", 2525, "mailer", "pw", false, false,
                "noreply@example.in", "Example", Duration.ofMillis(1500)));
    }

    @Test
    void port465MeansImplicitTlsAndSslDefaultsThePort() {
        assertThat(SmtpSettings.fromEnvironment(Map.of("SMTP_HOST", "h", "SMTP_PORT", "465")).orElseThrow().ssl())
                .isTrue();
        assertThat(SmtpSettings.fromEnvironment(Map.of("SMTP_HOST", "h", "SMTP_SSL", "true")).orElseThrow().port())
                .isEqualTo(465);
    }

    @Test
    void aServerWithoutCredentialsSendsFromTheDefaultAddress() {
        var settings = SmtpSettings.fromEnvironment(Map.of("SMTP_HOST", "relay.internal")).orElseThrow();

        assertThat(settings.username()).isNull();
        assertThat(settings.fromAddress()).isEqualTo(SmtpSettings.DEFAULT_FROM_ADDRESS);
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> SmtpSettings.fromEnvironment(Map.of("SMTP_HOST", "h", "SMTP_PORT", "abc")))
                .hasMessageContaining("SMTP_PORT");
        assertThatThrownBy(() -> SmtpSettings.fromEnvironment(Map.of("SMTP_HOST", "h", "SMTP_TLS", "maybe")))
                .hasMessageContaining("SMTP_TLS");
        assertThatThrownBy(() -> SmtpSettings.fromEnvironment(Map.of("SMTP_HOST", "h", "SMTP_USER", "u")))
                .hasMessageContaining("user and password");
    }

    @Test
    void thePasswordNeverShows() {
        var settings = SmtpSettings.fromEnvironment(Map.of("EMAIL_USER", "u@gmail.com", "EMAIL_PASS", "hunter2"))
                .orElseThrow();

        assertThat(settings.toString()).doesNotContain("hunter2").contains("password=********");
        assertThat(new SmtpMailTransport(settings).toString()).doesNotContain("hunter2");
    }
}
