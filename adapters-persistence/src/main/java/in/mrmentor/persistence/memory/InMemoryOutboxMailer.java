package in.mrmentor.persistence.memory;

import in.mrmentor.mail.OutboxEntry;
import in.mrmentor.mail.OutgoingEmail;
import in.mrmentor.mail.port.Mailer;
import in.mrmentor.mail.port.Outbox;
import in.mrmentor.shared.port.Ids;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public final class InMemoryOutboxMailer implements Mailer, Outbox, InMemoryTransactions.Participant {
    private final List<OutboxEntry> rows = new ArrayList<>();
    private final Clock clock;
    private final Ids ids;

    public InMemoryOutboxMailer(Clock clock, Ids ids) {
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public synchronized void send(OutgoingEmail email) {
        rows.add(new OutboxEntry(ids.next(), email, OutboxEntry.Status.PENDING, clock.instant()));
    }

    @Override
    public synchronized List<OutboxEntry> newest(int limit) {
        List<OutboxEntry> newestFirst = new ArrayList<>(rows);
        Collections.reverse(newestFirst);
        return newestFirst.stream().limit(limit).toList();
    }

    @Override
    public synchronized Runnable snapshot() {
        List<OutboxEntry> copy = new ArrayList<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.addAll(copy);
            }
        };
    }
}
