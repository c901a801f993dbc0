package in.mrmentor.mail;

import in.mrmentor.mail.port.DeliveryQueue;
import in.mrmentor.mail.port.OutboxStore;
import in.mrmentor.shared.port.Transactions;

import java.util.Objects;
import java.util.UUID;

/**
 * Sends an outbox message again ({@code mas outbox resend}): a copy is stored as a new PENDING message
 * and its delivery queued, in one transaction. A copy rather than the old row, because SENT and KEPT are
 * settled (a redelivered job must never send twice) and the record of what went out stays as it was.
 * Typical use: SMTP is configured now and a message was KEPT before, or a FAILED one after a fix.
 */
public final class ResendOutboxMessage {
    private final OutboxStore outbox;
    private final DeliveryQueue deliveries;
    private final Transactions transactions;

    public ResendOutboxMessage(OutboxStore outbox, DeliveryQueue deliveries, Transactions transactions) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** Answers the id of the new message; {@code OUTBOX_MESSAGE_NOT_FOUND} when there is no such message. */
    public UUID resend(UUID id) {
        return transactions.inTransaction(() -> {
            OutboxEntry entry = outbox.find(id).orElseThrow(ShowOutboxMessage::notFound);
            UUID copy = outbox.add(entry.email());
            deliveries.enqueueDelivery(copy);
            return copy;
        });
    }
}
