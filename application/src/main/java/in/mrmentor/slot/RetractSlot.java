package in.mrmentor.slot;

import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.Slots;

import java.util.UUID;

/**
 * A mentor takes back a slot nobody has booked. The lifecycle has no TENTATIVE -> CANCELLED move, so
 * an unbooked slot is removed, as the cleanup removes stale ones; a booked slot needs a cancellation
 * (and its refund) instead: 409 {@code SLOT_NOT_AVAILABLE}.
 */
public final class RetractSlot {
    private final Slots slots;
    private final Transactions transactions;

    public RetractSlot(Slots slots, Transactions transactions) {
        this.slots = slots;
        this.transactions = transactions;
    }

    public void retract(UUID mentorId, UUID slotId) {
        transactions.run(() -> {
            // Someone else's slot is not found rather than forbidden: a mentor only ever sees their own.
            var slot = slots.lock(slotId).filter(s -> SlotAccessPolicy.MENTOR.allows(Actor.user(mentorId), s))
                    .orElseThrow(SlotErrors::slotNotFound);
            if (!slot.isUnbooked() || !slots.removeUnbooked(slot.id())) {
                throw SlotErrors.notAvailable();
            }
        });
    }
}
