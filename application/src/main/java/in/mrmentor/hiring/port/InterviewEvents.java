package in.mrmentor.hiring.port;

import java.time.Instant;
import java.util.UUID;

/** The voice-interview provider's webhook: signed events, read and checked here. */
public interface InterviewEvents {

    /** A checked event; {@code role} and {@code text} are set for messages. */
    record Event(String eventId, UUID applicationId, String type, String role, String text, Instant at) {
    }

    /**
     * @throws in.mrmentor.shared.DomainException 503 INTEGRATION_NOT_CONFIGURED without a secret, 401 for a
     *                                            wrong signature, 400 naming the field for an unreadable event
     */
    Event read(byte[] rawBody, String signature);
}
