package in.mrmentor.slot;

import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.BookingPayments;
import in.mrmentor.slot.port.Slots;
import in.mrmentor.token.RefundBooking;

import java.time.Clock;
import java.util.UUID;

/**
 * An administrator (or the slot's mentor) cancels a slot. The student's tokens go back to the
 * accounts they came from, once: the slot row is locked, CANCELLED is final, and the booking payment is
 * marked refunded in the same transaction.
 */
public final class CancelSlot {
    private final Slots slots;
    private final BookingPayments payments;
    private final RefundBooking refund;
    private final SlotMails mails;
    private final SlotNotices notices;
    private final Transactions transactions;
    private final Clock clock;

    public CancelSlot(Slots slots, BookingPayments payments, RefundBooking refund, SlotMails mails, SlotNotices notices,
                      Transactions transactions, Clock clock) {
        this.slots = slots;
        this.payments = payments;
        this.refund = refund;
        this.mails = mails;
        this.notices = notices;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Slot cancel(Actor actor, UUID slotId, String reason) {
        new Validation().requireText(reason, "reason", RequestCancellation.MAX_REASON_LENGTH).orThrow();
        return transactions.inTransaction(() -> {
            var slot = slots.lock(slotId).orElseThrow(SlotErrors::slotNotFound);
            SlotAccessPolicy.MENTOR_OR_ADMIN.check(actor, slot);
            var cancelled = slot.moveTo(SlotStatus.CANCELLED);
            slots.update(cancelled);
            var now = clock.instant();
            payments.find(slotId).ifPresent(payment -> {
                if (payments.markRefunded(slotId, now)) {
                    refund.refund(payment.studentId(), payment.spent(), slot.refundReference());
                }
            });
            mails.cancelled(cancelled);
            notices.cancelled(cancelled);
            return cancelled;
        });
    }
}
