package in.mrmentor.slot.port;

import in.mrmentor.token.BookingSpend;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What each booking spent, from which account ({@code token_usage}): the refund of a cancelled slot
 * returns exactly this. One row per slot, ever.
 */
public interface BookingPayments {

    record BookingPayment(UUID slotId, UUID studentId, BookingSpend spent, Instant at, Instant refundedAt) {
    }

    void record(UUID slotId, UUID studentId, BookingSpend spent, Instant at);

    Optional<BookingPayment> find(UUID slotId);

    /** Marks the payment refunded; false when it already was, so a refund happens once. */
    boolean markRefunded(UUID slotId, Instant at);
}
