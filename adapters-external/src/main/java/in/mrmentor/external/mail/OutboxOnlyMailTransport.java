package in.mrmentor.external.mail;

import in.mrmentor.mail.OutgoingEmail;
import in.mrmentor.mail.port.MailTransport;

/**
 * The transport when no SMTP server is configured: nothing leaves, the message stays readable in the
 * outbox as KEPT, and the delivery job's log line says so by the message's outbox id (never the
 * recipient: an e-mail address is personal data). Seed 004 silently disabled mail without SMTP_HOST;
 * here a developer reads each message with {@code mas outbox show ID} or {@code GET /api/admin/outbox/{id}}.
 */
public final class OutboxOnlyMailTransport implements MailTransport {
    static final String REASON = "kept in the outbox; no SMTP configured";

    @Override
    public String name() {
        return "outbox";
    }

    @Override
    public Handover send(OutgoingEmail email) {
        return new Kept(REASON);
    }
}
