package in.mrmentor.slot.port;

import in.mrmentor.token.BookingSpend;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What each booking spent, from which account ({@code token_usage}): the refund of a cancelled slot
 * returns exactly this. One row per slot, ever.
 */
public interface TokenUsages {

    record TokenUsage(UUID slotId, UUID studentId, BookingSpend spent, Instant at, Instant refundedAt) {
    }

    void record(UUID slotId, UUID studentId, BookingSpend spent, Instant at);

    Optional<TokenUsage> find(UUID slotId);

    /** Marks the usage refunded; false when it already was, so a refund happens once. */
    boolean markRefunded(UUID slotId, Instant at);
}
