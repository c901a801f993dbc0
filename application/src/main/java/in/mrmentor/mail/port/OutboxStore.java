package in.mrmentor.mail.port;

import in.mrmentor.mail.OutboxEntry;
import in.mrmentor.mail.OutgoingEmail;
import in.mrmentor.mail.SentEmail;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox as the delivery pipeline writes it. Every method joins the caller's transaction when
 * there is one. The {@code mark...} methods only move a message that is not settled yet (see
 * {@link OutboxEntry.Status}) and answer whether they moved it, so two deliveries of the same job
 * can never both record a send.
 */
public interface OutboxStore extends Outbox {

    /** Stores the message as PENDING and answers its id. */
    UUID add(OutgoingEmail email);

    /** Stores every message as PENDING and answers their ids in order; an adapter writes them in one statement. */
    default List<UUID> addAll(List<OutgoingEmail> emails) {
        return emails.stream().map(this::add).toList();
    }

    /** The message with everything it carries, its attachments included (what a delivery sends). */
    Optional<OutboxEntry> find(UUID id);

    /** Moves the message to SENT and writes its line of the sent-mail log, atomically. */
    boolean markSent(UUID id, Instant at, String transport, String messageId);

    /** Moves the message to KEPT: no transport delivers mail here, the outbox row is the mail. */
    boolean markKept(UUID id);

    /** Moves the message to FAILED, keeping {@code error} (never the body) for the operator. */
    boolean markFailed(UUID id, String error);

    /** Ids of PENDING messages created before {@code before}, oldest first. */
    List<UUID> pendingOlderThan(Instant before, int limit);

    /** The sent-mail log, newest first. */
    List<SentEmail> sentNewest(int limit);

    /** How many messages are in each status; every status is a key, with 0 when no message has it. */
    Map<OutboxEntry.Status, Long> countByStatus();
}
