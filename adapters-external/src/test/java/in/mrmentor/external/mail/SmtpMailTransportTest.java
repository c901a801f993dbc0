package in.mrmentor.external.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import in.mrmentor.mail.MailAttachment;
import in.mrmentor.mail.MailDeliveryException;
import in.mrmentor.mail.OutgoingEmail;
import in.mrmentor.mail.port.MailTransport;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against a GreenMail SMTP server on a free port, requiring authentication. */
class SmtpMailTransportTest {
    private static final String USER = "mailer";
    private static final String PASSWORD = "s3cret";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, PASSWORD));

    private static SmtpSettings settings(int port, String password) {
        return new SmtpSettings("127.0.0.1", port, USER, password, false, false, "noreply@mrmentor.in", "Mr. Mentor",
                Duration.ofSeconds(3));
    }

    private static SmtpMailTransport transport() {
        return new SmtpMailTransport(settings(SMTP.getSmtp().getPort(), PASSWORD));
    }

    @Test
    void aPlainTextMessageArrivesWithItsIdAndSender() throws Exception {
        var handover = transport().send(new OutgoingEmail("asha@example.in", "Hello", "Plain body", null));

        MimeMessage received = SMTP.getReceivedMessages()[0];
        String messageId = received.getMessageID();
        assertThat(handover).isInstanceOfSatisfying(MailTransport.Accepted.class,
                accepted -> assertThat(accepted.messageId()).isEqualTo(messageId));
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("asha@example.in");
        assertThat(received.getFrom()[0].toString()).isEqualTo("\"Mr. Mentor\" <noreply@mrmentor.in>");
        assertThat(received.getSubject()).isEqualTo("Hello");
        assertThat(received.isMimeType("text/plain")).isTrue();
        assertThat(((String) received.getContent()).strip()).isEqualTo("Plain body");
    }

    @Test
    void aMessageWithHtmlIsMultipartAlternativeWithTextFirst() throws Exception {
        transport().send(new OutgoingEmail("asha@example.in", "Hello", "Plain body", "<p>Html body</p>"));

        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.isMimeType("multipart/alternative")).isTrue();
        var parts = (MimeMultipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(((String) parts.getBodyPart(0).getContent()).strip()).isEqualTo("Plain body");
        assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat(((String) parts.getBodyPart(1).getContent()).strip()).isEqualTo("<p>Html body</p>");
    }

    @Test
    void copiesAreInTheCcHeaderAndEveryCopyArrivesWithTheFilesAttached() throws Exception {
        byte[] pdf = "%PDF-1.7 the invoice".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var email = new OutgoingEmail("buyer@example.in", "Tax invoice", "Plain body", "<p>Html body</p>")
                .copiedTo(java.util.List.of("finance@example.in", "admin@example.in"))
                .attaching(java.util.List.of(new MailAttachment("TOK-2026-27-000001.pdf", "application/pdf", pdf)));

        transport().send(email);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(3);
        MimeMessage first = received[0];
        assertThat(first.getHeader("Cc", ",")).contains("finance@example.in").contains("admin@example.in");
        assertThat(first.getHeader("To", ",")).isEqualTo("buyer@example.in");
        assertThat(first.isMimeType("multipart/mixed")).isTrue();
        var parts = (MimeMultipart) first.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).isMimeType("multipart/alternative")).isTrue();
        var file = parts.getBodyPart(1);
        assertThat(file.getDisposition()).isEqualTo(jakarta.mail.Part.ATTACHMENT);
        assertThat(file.getFileName()).isEqualTo("TOK-2026-27-000001.pdf");
        assertThat(file.isMimeType("application/pdf")).isTrue();
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(pdf);
    }

    @Test
    void aUnicodeSubjectAndBodySurviveTheTrip() throws Exception {
        transport().send(new OutgoingEmail("asha@example.in", "आपका कोड ✓ — Zoë", "नमस्ते 123456", null));

        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("आपका कोड ✓ — Zoë");
        assertThat(((String) received.getContent()).strip()).isEqualTo("नमस्ते 123456");
    }

    @Test
    void aWrongPasswordIsRefusedSoTheJobRetries() {
        var wrong = new SmtpMailTransport(settings(SMTP.getSmtp().getPort(), "rotated"));

        assertThatThrownBy(() -> wrong.send(new OutgoingEmail("asha@example.in", "Hello", "Body", null)))
                .isInstanceOf(MailDeliveryException.class);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aServerThatIsDownFailsTheAttempt() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var down = new SmtpMailTransport(settings(closedPort, PASSWORD));

        assertThatThrownBy(() -> down.send(new OutgoingEmail("asha@example.in", "Hello", "Body", null)))
                .isInstanceOf(MailDeliveryException.class)
                .hasMessageContaining("127.0.0.1:" + closedPort)
                .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void withoutSmtpTheMessageIsKept() {
        var handover = new OutboxOnlyMailTransport().send(new OutgoingEmail("asha@example.in", "Hello", "Body", null));

        assertThat(handover).isEqualTo(new MailTransport.Kept("kept in the outbox; no SMTP configured"));
    }
}
