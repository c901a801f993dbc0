package in.mrmentor.slot;

import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.BookingPayments;
import in.mrmentor.slot.port.Slots;
import in.mrmentor.token.PayForBooking;

import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Journey 2: a student books a slot, in one transaction. The slot is claimed first with a
 * conditional write, so of any number of racing students exactly one gets it and the others are
 * refused before their wallets are touched; the winner then pays (promotional tokens first), the
 * spend is recorded for a later refund, and the confirmation mails are queued, each with a one-time
 * link its recipient may use to ask for a cancellation. If paying fails the
 * whole transaction rolls back and the slot is free again.
 */
public final class BookSlot {
    private final Slots slots;
    private final BookingPayments payments;
    private final PayForBooking pay;
    private final SlotMails mails;
    private final SlotNotices notices;
    private final MeetingLinks links;
    private final Transactions transactions;
    private final OptionalInt maxFreeMeetings;
    private final Clock clock;

    public BookSlot(Slots slots, BookingPayments payments, PayForBooking pay, SlotMails mails, SlotNotices notices, MeetingLinks links,
                    OptionalInt maxFreeMeetings, Transactions transactions, Clock clock) {
        this.slots = slots;
        this.payments = payments;
        this.pay = pay;
        this.mails = mails;
        this.notices = notices;
        this.links = links;
        this.maxFreeMeetings = maxFreeMeetings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @throws in.mrmentor.shared.DomainException 409 {@code SLOT_NOT_AVAILABLE}, 402 {@code INSUFFICIENT_TOKENS},
     *                                            404 when there is no such slot
     */
    public Slot book(UUID studentId, UUID slotId) {
        return transactions.inTransaction(() -> confirm(studentId, slotId));
    }

    /** The booking inside the caller's transaction (accepting a slot request books the same way). */
    Slot confirm(UUID studentId, UUID slotId) {
        var now = clock.instant();
        // Claim first: the common case costs one statement, and only a refusal reads the slot to say why.
        var booked = slots.claim(slotId, studentId, now).orElseThrow(() -> slots.find(slotId).isPresent()
                ? SlotErrors.notAvailable() : SlotErrors.slotNotFound());
        if (booked.tokenCost() == 0 && maxFreeMeetings.isPresent()
                && slots.lockStudentAndCountFreeMeetings(studentId) > maxFreeMeetings.getAsInt()) {
            // The count includes this claim; throwing rolls it back, so the slot is free again.
            throw SlotErrors.freeMeetingLimit(maxFreeMeetings.getAsInt());
        }
        var spent = pay.pay(studentId, booked.tokenCost(), booked.paymentReference());
        payments.record(slotId, studentId, spent, now);
        // Both one-time links in one write, then the mails that carry them.
        var cancellationLinks = links.cancellationLinks(booked, List.of(studentId, booked.mentorId()), now);
        mails.confirmed(booked, cancellationLinks::get);
        notices.bookingConfirmed(booked);
        return booked;
    }
}
