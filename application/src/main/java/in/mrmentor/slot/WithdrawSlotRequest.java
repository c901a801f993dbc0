package in.mrmentor.slot;

import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.SlotRequests;

import java.util.UUID;

/** A student takes back an open request; it then no longer counts against MAX_SLOT_REQUESTS. */
public final class WithdrawSlotRequest {
    private final SlotRequests requests;
    private final Transactions transactions;

    public WithdrawSlotRequest(SlotRequests requests, Transactions transactions) {
        this.requests = requests;
        this.transactions = transactions;
    }

    /**
     * @throws in.mrmentor.shared.DomainException 404 {@code SLOT_REQUEST_NOT_FOUND} (also another student's),
     *                                            409 {@code ALREADY_DECIDED}
     */
    public SlotRequest withdraw(UUID studentId, UUID requestId) {
        return transactions.inTransaction(() -> {
            var request = requests.lock(requestId).filter(r -> r.isFrom(studentId))
                    .orElseThrow(SlotErrors::requestNotFound);
            var withdrawn = request.withdrawn();
            requests.update(withdrawn);
            return withdrawn;
        });
    }
}
