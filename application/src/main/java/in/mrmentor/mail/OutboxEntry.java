package in.mrmentor.mail;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A message as the outbox holds it, waiting for (or done with) delivery.
 *
 * @param lastError why the last delivery attempt failed, when the message is {@code FAILED}; else null
 */
public record OutboxEntry(UUID id, OutgoingEmail email, Status status, Instant createdAt, String lastError) {

    /**
     * Where a message is on its way out. {@code SENT} and {@code KEPT} are settled: nothing moves them
     * again, so a redelivered job never sends twice. {@code FAILED} is not settled, because an operator
     * may retry the dead job once the cause (say, a rotated SMTP password) is fixed.
     */
    public enum Status {
        /** Stored, a delivery job is queued or about to be re-enqueued by the sweep. */
        PENDING,
        /** Accepted by the SMTP server; recorded in the sent-mail log. */
        SENT,
        /** Every delivery attempt failed; the job is dead-lettered with the error. */
        FAILED,
        /** Kept in the outbox; no SMTP configured. Readable there, never silently dropped. */
        KEPT;

        public boolean isSettled() {
            return this == SENT || this == KEPT;
        }

        public boolean canMoveTo(Status next) {
            return !isSettled() && next != PENDING;
        }
    }

    public OutboxEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public OutboxEntry(UUID id, OutgoingEmail email, Status status, Instant createdAt) {
        this(id, email, status, createdAt, null);
    }
}
