package in.mrmentor.slot;

import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.SlotRequests;

import java.util.UUID;

/** The mentor turns a student's request down; it no longer counts against the student's cap. */
public final class DeclineSlotRequest {
    private final SlotRequests requests;
    private final SlotNotices notices;
    private final Transactions transactions;

    public DeclineSlotRequest(SlotRequests requests, SlotNotices notices, Transactions transactions) {
        this.requests = requests;
        this.notices = notices;
        this.transactions = transactions;
    }

    public SlotRequest decline(UUID mentorId, UUID requestId) {
        return transactions.inTransaction(() -> {
            var request = requests.lock(requestId).filter(r -> r.isAddressedTo(mentorId))
                    .orElseThrow(SlotErrors::requestNotFound);
            var declined = request.declined();
            requests.update(declined);
            notices.requestDeclined(declined);
            return declined;
        });
    }
}
