package in.mrmentor.mail;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A message as the outbox holds it, waiting for (or done with) delivery. */
public record OutboxEntry(UUID id, OutgoingEmail email, Status status, Instant createdAt) {

    public enum Status {
        PENDING,
        SENT,
        FAILED
    }

    public OutboxEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
