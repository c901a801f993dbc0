package in.mrmentor.program;

import in.mrmentor.program.port.DiscountRequests;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/** An admin approves or rejects a pending discount request, once (409 {@code ALREADY_DECIDED}). */
public final class DecideDiscount {
    private final DiscountRequests requests;
    private final Transactions transactions;
    private final Clock clock;

    public DecideDiscount(DiscountRequests requests, Transactions transactions, Clock clock) {
        this.requests = requests;
        this.transactions = transactions;
        this.clock = clock;
    }

    public DiscountRequest decide(UUID adminId, UUID id, DiscountStatus outcome, String note) {
        new Validation().require(outcome != DiscountStatus.PENDING, "status", "must be a decision")
                .optionalText(note, "note", 2000).orThrow();
        return transactions.inTransaction(() -> {
            var request = requests.lock(id).orElseThrow(ProgramErrors::discountNotFound);
            var decided = request.decided(outcome, adminId, note, clock.instant());
            requests.replace(decided);
            return decided;
        });
    }
}
