package in.mrmentor.mail;

import in.mrmentor.mail.port.MailTransport;
import in.mrmentor.mail.port.OutboxStore;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Delivers one outbox message: the work of the {@code email} job. Delivery is at least once, so a
 * settled message (SENT or KEPT) is skipped and a redelivered job never sends a second time once a
 * send was recorded. One window cannot be closed: if the process dies after the SMTP server accepted
 * the message but before {@link OutboxStore#markSent} committed, the retry sends it again. SMTP has
 * no idempotency key; a duplicate is the price of never losing a mail.
 *
 * <p>A transport failure is thrown so the queue retries with backoff; on the last attempt the
 * message is first marked FAILED with the error, which the operator sees next to the dead job.
 */
public final class DeliverEmail {
    private static final int MAX_ERROR_CHARS = 2000;

    /** What a delivery attempt did, for the handler's log. */
    public enum Result {
        SENT,
        /** No transport delivers mail here; the message stays readable in the outbox as KEPT. */
        KEPT,
        /** An earlier delivery already settled the message; nothing was sent. */
        ALREADY_SETTLED,
        /** No such message after every attempt: its transaction rolled back. */
        NO_SUCH_MESSAGE
    }

    private final OutboxStore outbox;
    private final MailTransport transport;
    private final Transactions transactions;
    private final Clock clock;

    public DeliverEmail(OutboxStore outbox, MailTransport transport, Transactions transactions, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param attempt     1 on the first delivery of the job
     * @param maxAttempts the job type's maximum; the attempt that reaches it is the last
     * @throws MailDeliveryException (or any failure of the transport) to have the job retried
     */
    public Result deliver(UUID outboxId, int attempt, int maxAttempts) {
        Objects.requireNonNull(outboxId, "outboxId");
        boolean lastAttempt = attempt >= maxAttempts;
        Optional<OutboxEntry> found = outbox.find(outboxId);
        if (found.isEmpty()) {
            if (lastAttempt) {
                return Result.NO_SUCH_MESSAGE;
            }
            // A queue outside the database may deliver the job before the row's transaction commits.
            throw new IllegalStateException("outbox message " + outboxId + " is not visible (yet)");
        }
        OutboxEntry entry = found.get();
        if (entry.status().isSettled()) {
            return Result.ALREADY_SETTLED;
        }
        MailTransport.Handover handover;
        try {
            handover = transport.send(entry.email());
        } catch (RuntimeException failure) {
            if (lastAttempt) {
                try {
                    transactions.run(() -> outbox.markFailed(outboxId, describe(failure)));
                } catch (RuntimeException notRecorded) {
                    failure.addSuppressed(notRecorded);
                }
            }
            throw failure;
        }
        if (handover instanceof MailTransport.Accepted accepted) {
            transactions.run(() -> outbox.markSent(outboxId, clock.instant(), transport.name(), accepted.messageId()));
            return Result.SENT;
        }
        if (handover instanceof MailTransport.Kept) {
            transactions.run(() -> outbox.markKept(outboxId));
            return Result.KEPT;
        }
        throw new IllegalStateException("no handling for handover " + handover);
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        String text = failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.length() <= MAX_ERROR_CHARS ? text : text.substring(0, MAX_ERROR_CHARS);
    }
}
