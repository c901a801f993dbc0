package in.mrmentor.external.mail;

import in.mrmentor.mail.OutgoingEmail;
import in.mrmentor.mail.port.MailTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transport when no SMTP server is configured: nothing leaves, the message stays readable in the
 * outbox as KEPT, and the log says so. Seed 004 silently disabled mail without SMTP_HOST; here a
 * developer sees each message (recipient and subject only: bodies carry codes and links).
 */
public final class OutboxOnlyMailTransport implements MailTransport {
    private static final Logger log = LoggerFactory.getLogger(OutboxOnlyMailTransport.class);
    static final String REASON = "kept in the outbox; no SMTP configured";

    @Override
    public String name() {
        return "outbox";
    }

    @Override
    public Handover send(OutgoingEmail email) {
        log.info("mail to {} \"{}\" {}", email.to(), email.subject(), REASON);
        return new Kept(REASON);
    }
}
