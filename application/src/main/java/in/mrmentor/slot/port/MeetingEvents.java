package in.mrmentor.slot.port;

import java.util.UUID;

/**
 * Events the meeting provider sends about a slot's meeting (seed: Socket.IO / LiveKit meeting events).
 * The adapter checks the signature and reads the body; the use case only sees what happened.
 */
public interface MeetingEvents {

    sealed interface Event permits Ended, Ignored {
    }

    /** The meeting of this slot is over. */
    record Ended(UUID slotId) implements Event {
    }

    /** An authentic event this service does not act on. */
    record Ignored(String type) implements Event {
    }

    /**
     * @throws in.mrmentor.shared.DomainException 400 {@code INVALID_SIGNATURE} for a body the provider did not sign
     *                                            (or cannot be read), 503 {@code INTEGRATION_NOT_CONFIGURED} without a secret
     */
    Event read(byte[] rawBody, String signature);
}
