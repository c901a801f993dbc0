package in.mrmentor.slot;

import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.Slots;

import java.util.UUID;

/** The student or the mentor of a confirmed slot asks an administrator to cancel it. */
public final class RequestCancellation {
    public static final int MAX_REASON_LENGTH = 2000;

    private final Slots slots;
    private final SlotNotices notices;
    private final Transactions transactions;

    public RequestCancellation(Slots slots, SlotNotices notices, Transactions transactions) {
        this.slots = slots;
        this.notices = notices;
        this.transactions = transactions;
    }

    public Slot request(UUID userId, UUID slotId, String reason) {
        new Validation().requireText(reason, "reason", MAX_REASON_LENGTH).orThrow();
        return transactions.inTransaction(() -> {
            var slot = slots.lock(slotId).orElseThrow(SlotErrors::slotNotFound);
            SlotAccessPolicy.PARTICIPANT.check(Actor.user(userId), slot);
            var requested = slot.moveTo(SlotStatus.CANCELLATION_REQUESTED);
            slots.update(requested);
            notices.cancellationRequested(requested, userId);
            return requested;
        });
    }
}
