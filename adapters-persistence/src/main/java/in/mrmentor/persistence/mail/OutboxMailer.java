package in.mrmentor.persistence.mail;

import in.mrmentor.mail.OutboxEntry;
import in.mrmentor.mail.OutgoingEmail;
import in.mrmentor.mail.port.Mailer;
import in.mrmentor.mail.port.Outbox;
import in.mrmentor.shared.port.Ids;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.List;

/**
 * "Sending" is writing a PENDING row to {@code email_outbox}, in the caller's transaction, with no
 * delivery job: the rows are the mail. Superseded by {@code QueuedMailer} over a
 * {@link JdbiOutboxStore}, which also queues each row's delivery; kept until the wiring moves over.
 */
public final class OutboxMailer implements Mailer, Outbox {
    private final JdbiOutboxStore store;

    public OutboxMailer(Jdbi jdbi, Clock clock, Ids ids) {
        this.store = new JdbiOutboxStore(jdbi, clock, ids);
    }

    @Override
    public void send(OutgoingEmail email) {
        store.add(email);
    }

    @Override
    public List<OutboxEntry> newest(int limit) {
        return store.newest(limit);
    }
}
