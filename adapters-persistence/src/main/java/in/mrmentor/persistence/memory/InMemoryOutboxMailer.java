package in.mrmentor.persistence.memory;

import in.mrmentor.mail.OutboxEntry;
import in.mrmentor.mail.OutgoingEmail;
import in.mrmentor.mail.port.Mailer;
import in.mrmentor.mail.port.Outbox;
import in.mrmentor.shared.port.Ids;

import java.time.Clock;
import java.util.List;

/** The in-memory twin of {@code OutboxMailer}: sending stores a PENDING message and queues nothing. */
public final class InMemoryOutboxMailer implements Mailer, Outbox, InMemoryTransactions.Participant {
    private final InMemoryOutboxStore store;

    public InMemoryOutboxMailer(Clock clock, Ids ids) {
        this.store = new InMemoryOutboxStore(clock, ids);
    }

    @Override
    public void send(OutgoingEmail email) {
        store.add(email);
    }

    @Override
    public List<OutboxEntry> newest(int limit) {
        return store.newest(limit);
    }

    @Override
    public Runnable snapshot() {
        return store.snapshot();
    }
}
