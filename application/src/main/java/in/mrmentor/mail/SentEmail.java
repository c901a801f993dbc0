package in.mrmentor.mail;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of the sent-mail audit log (the seed's {@code EmailSent}): which message left, through
 * which transport, under which server message id. It copies recipient and subject, never the body,
 * so the log can outlive the outbox rows (whose bodies may hold codes and links).
 *
 * @param outboxId null once the outbox row has been purged
 */
public record SentEmail(UUID id, UUID outboxId, String to, String subject, String transport, String messageId,
                        Instant sentAt) {
    public SentEmail {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(sentAt, "sentAt");
    }
}
