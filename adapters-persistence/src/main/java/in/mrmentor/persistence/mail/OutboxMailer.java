package in.mrmentor.persistence.mail;

import in.mrmentor.mail.OutboxEntry;
import in.mrmentor.mail.OutgoingEmail;
import in.mrmentor.mail.port.Mailer;
import in.mrmentor.mail.port.Outbox;
import in.mrmentor.persistence.Timestamps;
import in.mrmentor.shared.port.Ids;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

/**
 * "Sending" is writing a PENDING row to {@code email_outbox}, in the caller's transaction. Until SMTP
 * delivery exists the rows are the mail: never dropped, readable with {@link #newest(int)}.
 */
public final class OutboxMailer implements Mailer, Outbox {
    private static final RowMapper<OutboxEntry> ROW = (rs, ctx) -> new OutboxEntry(
            rs.getObject("id", UUID.class),
            new OutgoingEmail(rs.getString("to_address"), rs.getString("subject"), rs.getString("text_body"),
                    rs.getString("html_body")),
            OutboxEntry.Status.valueOf(rs.getString("status")),
            Timestamps.instant(rs, "created_at"));

    private final Jdbi jdbi;
    private final Clock clock;
    private final Ids ids;

    public OutboxMailer(Jdbi jdbi, Clock clock, Ids ids) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public void send(OutgoingEmail email) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO email_outbox (id, to_address, subject, text_body, html_body, "
                        + "status, created_at) VALUES (:id, :to, :subject, :text, :html, 'PENDING', :createdAt)")
                .bind("id", ids.next())
                .bind("to", email.to())
                .bind("subject", email.subject())
                .bind("text", email.textBody())
                .bindByType("html", email.htmlBody(), String.class)
                .bind("createdAt", utc(clock.instant()))
                .execute());
    }

    @Override
    public List<OutboxEntry> newest(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, to_address, subject, text_body, html_body, status, "
                        + "created_at FROM email_outbox ORDER BY created_at DESC, seq DESC LIMIT :limit")
                .bind("limit", limit).map(ROW).list());
    }
}
