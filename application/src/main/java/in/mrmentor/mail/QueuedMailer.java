package in.mrmentor.mail;

import java.util.List;
import in.mrmentor.mail.port.DeliveryQueue;
import in.mrmentor.mail.port.OutboxStore;
import in.mrmentor.shared.port.Transactions;

import java.util.Objects;

/**
 * The {@link Mailer} every use case uses: the message is stored in the outbox and its delivery job
 * queued, both inside the caller's transaction. With the PostgreSQL job queue the row and the job
 * commit or roll back together; with a queue outside the database a job may outlive a rolled-back
 * row (the delivery then finds nothing to send) or be lost after the row committed (the
 * {@link SweepOutbox} re-enqueues it). Either way nothing committed is ever lost.
 */
public final class QueuedMailer implements Mailer {
    private final OutboxStore outbox;
    private final DeliveryQueue deliveries;
    private final Transactions transactions;

    public QueuedMailer(OutboxStore outbox, DeliveryQueue deliveries, Transactions transactions) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void send(OutgoingEmail email) {
        Objects.requireNonNull(email, "email");
        transactions.run(() -> deliveries.enqueueDelivery(outbox.add(email)));
    }

    /** Every mail into the outbox in one write, and their delivery jobs in one more. */
    @Override
    public void sendAll(List<OutgoingEmail> emails) {
        emails.forEach(email -> Objects.requireNonNull(email, "email"));
        if (emails.isEmpty()) {
            return;
        }
        transactions.run(() -> deliveries.enqueueDeliveries(outbox.addAll(emails)));
    }
}
