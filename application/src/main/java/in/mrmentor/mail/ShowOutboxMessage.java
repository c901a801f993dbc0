package in.mrmentor.mail;

import in.mrmentor.mail.port.OutboxStore;
import in.mrmentor.shared.DomainException;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.List;

/**
 * One outbox message with its body, so an operator can read a one-time code in development without
 * SMTP ({@code GET /api/admin/outbox/{id}}, {@code mas outbox show}). In production the body is shown
 * with one-time codes and links redacted: an operator may see that a code was sent, not use it.
 */
public final class ShowOutboxMessage {
    public static final String NOT_FOUND = "OUTBOX_MESSAGE_NOT_FOUND";
    static final String LINK_REDACTED = "[link redacted]";
    static final String CODE_REDACTED = "[code redacted]";
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s\"'<>]+");
    private static final Pattern CODE = Pattern.compile("(?<![\\w-])\\d{4,10}(?![\\w-])");

    /** What is shown; {@code redacted} tells the reader codes and links were taken out. */
    public record Message(UUID id, String to, String subject, OutboxEntry.Status status, java.time.Instant createdAt,
                          String lastError, String textBody, String htmlBody, boolean redacted,
                          List<String> cc, List<AttachedFile> attachments) {
    }

    /** A file the message carries, named and sized; its bytes are sent, not shown. */
    public record AttachedFile(String filename, String contentType, int bytes) {
    }

    private final OutboxStore outbox;
    private final boolean redact;

    /** @param redact true in production */
    public ShowOutboxMessage(OutboxStore outbox, boolean redact) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.redact = redact;
    }

    /** @throws DomainException {@code OUTBOX_MESSAGE_NOT_FOUND} */
    public Message show(UUID id) {
        OutboxEntry entry = outbox.find(id).orElseThrow(ShowOutboxMessage::notFound);
        OutgoingEmail email = entry.email();
        return new Message(entry.id(), email.to(), email.subject(), entry.status(), entry.createdAt(), entry.lastError(),
                redact ? redacted(email.textBody()) : email.textBody(),
                redact && email.htmlBody() != null ? redacted(email.htmlBody()) : email.htmlBody(), redact, email.cc(),
                email.attachments().stream()
                        .map(file -> new AttachedFile(file.filename(), file.contentType(), file.size())).toList());
    }

    static DomainException notFound() {
        return DomainException.notFound(NOT_FOUND, "No outbox message with that id.");
    }

    /** Links first (they may hold digits), then every free-standing run of 4 to 10 digits. */
    static String redacted(String body) {
        String noLinks = LINK.matcher(body).replaceAll(LINK_REDACTED);
        return CODE.matcher(noLinks).replaceAll(CODE_REDACTED);
    }
}
