package in.mrmentor.token;

import in.mrmentor.token.port.Ledger;

import java.time.Clock;
import java.util.UUID;

/**
 * Another context (mentorship) spends a student's tokens on a booking: promotional tokens first,
 * then paid ones. It joins the caller's transaction, so a booking that fails later spends nothing;
 * the student's balance rows stay locked until that transaction ends.
 */
public final class PayForBooking {
    private final Ledger ledger;
    private final Clock clock;

    public PayForBooking(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * @param reference what is paid for, e.g. {@code slot:<id>}; shown in the student's ledger
     * @throws in.mrmentor.shared.DomainException 402 {@code INSUFFICIENT_TOKENS}
     */
    public BookingSpend pay(UUID studentId, long cost, String reference) {
        if (cost == 0) {
            return BookingSpend.none();
        }
        // The plan is decided inside the ledger's one lock pass, so it cannot be outrun by another posting.
        var posting = ledger.post(new SpendPlan(studentId, cost, reference), clock.instant());
        if (posting instanceof Ledger.Posted posted) {
            return BookingSpend.of(posted.entries());
        } else if (posting instanceof Ledger.Refused refused) {
            throw TokenErrors.cannotPay(refused.needed(), refused.available());
        }
        throw new IllegalStateException("a posting outcome this use case does not know: " + posting);
    }
}
