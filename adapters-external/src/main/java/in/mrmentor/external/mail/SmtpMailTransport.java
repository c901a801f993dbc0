package in.mrmentor.external.mail;

import in.mrmentor.mail.MailAttachment;
import in.mrmentor.mail.MailDeliveryException;
import in.mrmentor.mail.OutgoingEmail;
import in.mrmentor.mail.port.MailTransport;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;

/**
 * Sends through an SMTP server with Jakarta Mail (Eclipse Angus). One connection per message: mail
 * leaves from background jobs at a modest rate, and a fresh connection never trips over a server
 * that silently dropped an idle one. Any failure becomes a {@link MailDeliveryException}, so the
 * delivery job retries (the seed's failed mail jobs waited for someone to re-run them by hand).
 */
public final class SmtpMailTransport implements MailTransport {
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final SmtpSettings settings;
    private final Session session;
    private final String protocol;

    public SmtpMailTransport(SmtpSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.protocol = settings.ssl() ? "smtps" : "smtp";
        this.session = Session.getInstance(properties(settings, protocol));
    }

    private static Properties properties(SmtpSettings settings, String protocol) {
        String prefix = "mail." + protocol + ".";
        String millis = Long.toString(settings.timeout().toMillis());
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", protocol);
        props.setProperty(prefix + "host", settings.host());
        props.setProperty(prefix + "port", Integer.toString(settings.port()));
        props.setProperty(prefix + "auth", Boolean.toString(settings.username() != null));
        props.setProperty(prefix + "connectiontimeout", millis);
        props.setProperty(prefix + "timeout", millis);
        props.setProperty(prefix + "writetimeout", millis);
        props.setProperty(prefix + "ssl.checkserveridentity", "true");
        if (!settings.ssl() && settings.startTls()) {
            props.setProperty(prefix + "starttls.enable", "true");
            props.setProperty(prefix + "starttls.required", "true");
        }
        return props;
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public Handover send(OutgoingEmail email) {
        Objects.requireNonNull(email, "email");
        try {
            MimeMessage message = message(email);
            try (Transport transport = session.getTransport(protocol)) {
                transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
                transport.sendMessage(message, message.getAllRecipients());
            }
            return new Accepted(message.getMessageID());
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            throw new MailDeliveryException("SMTP " + settings.host() + ":" + settings.port() + " did not take the "
                    + "message: " + e.getMessage(), e);
        }
    }

    private MimeMessage message(OutgoingEmail email) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session);
        // The tenant's sender when the message was branded with one (the outbox keeps it), else the configured one.
        message.setFrom(email.fromAddress() == null
                ? new InternetAddress(settings.fromAddress(), settings.fromName(), UTF_8)
                : new InternetAddress(email.fromAddress(), email.fromName(), UTF_8));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.to(), true));
        for (String copy : email.cc()) {
            message.addRecipient(Message.RecipientType.CC, new InternetAddress(copy, true));
        }
        message.setSubject(email.subject(), UTF_8);
        message.setSentDate(new Date());
        if (email.attachments().isEmpty()) {
            if (email.htmlBody() == null) {
                message.setText(email.textBody(), UTF_8);
            } else {
                message.setContent(alternative(email));
            }
        } else {
            // multipart/mixed: the readable body first, then each file as an attachment.
            MimeBodyPart body = new MimeBodyPart();
            if (email.htmlBody() == null) {
                body.setText(email.textBody(), UTF_8);
            } else {
                body.setContent(alternative(email));
            }
            MimeMultipart mixed = new MimeMultipart("mixed", body);
            for (MailAttachment file : email.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
                part.setFileName(MimeUtility.encodeText(file.filename(), UTF_8, null));
                part.setDisposition(Part.ATTACHMENT);
                mixed.addBodyPart(part);
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    /** multipart/alternative lists the plainest part first; clients show the last one they can render. */
    private static MimeMultipart alternative(OutgoingEmail email) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.textBody(), UTF_8);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.htmlBody(), UTF_8, "html");
        return new MimeMultipart("alternative", text, html);
    }

    @Override
    public String toString() {
        return "SmtpMailTransport[" + settings + "]";
    }
}
