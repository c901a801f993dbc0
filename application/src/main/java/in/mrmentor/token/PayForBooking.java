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
        var held = ledger.lockBalances(studentId);
        var spend = BookingSpend.plan(studentId, cost, held.promotionalToken(), held.token());
        if (ledger.post(spend.transfers(studentId, reference), clock.instant()) instanceof Ledger.Refused refused) {
            throw TokenErrors.cannotPay(refused.needed(), refused.available());
        }
        return spend;
    }
}
