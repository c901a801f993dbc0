package in.mrmentor.token;

import in.mrmentor.token.port.Ledger;

import java.time.Clock;
import java.util.UUID;

/**
 * Returns what {@link PayForBooking} took, each token to the account it came from. The caller
 * guarantees it refunds a booking once (the mentorship context marks its token usage refunded in
 * the same transaction).
 */
public final class RefundBooking {
    private final Ledger ledger;
    private final Clock clock;

    public RefundBooking(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    public void refund(UUID studentId, BookingSpend spent, String reference) {
        if (spent.total() == 0) {
            return;
        }
        var posting = ledger.post(SpendPlan.refundOf(studentId, spent, reference), clock.instant());
        if (posting instanceof Ledger.Refused) {
            // Only system accounts are debited by a refund, and they may go negative.
            throw new IllegalStateException("a refund was refused by the ledger");
        } else if (!(posting instanceof Ledger.Posted)) {
            throw new IllegalStateException("a posting outcome this use case does not know: " + posting);
        }
    }
}
