package in.mrmentor.slot;

import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.MentorProfiles;
import in.mrmentor.slot.port.SlotRequests;
import in.mrmentor.slot.port.Slots;

import java.time.Clock;
import java.util.UUID;

/**
 * The mentor accepts a student's request: a slot at the requested time is offered and booked for
 * that student in the same transaction, paid as any booking. 402 when the student cannot pay (and
 * then nothing is created); 409 {@code SLOT_OVERLAP} when the mentor is busy then.
 */
public final class AcceptSlotRequest {
    private final SlotRequests requests;
    private final Slots slots;
    private final MentorProfiles profiles;
    private final BookSlot booking;
    private final SlotNotices notices;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public AcceptSlotRequest(SlotRequests requests, Slots slots, MentorProfiles profiles, BookSlot booking, SlotNotices notices,
                             Transactions transactions, Clock clock, Ids ids) {
        this.requests = requests;
        this.slots = slots;
        this.profiles = profiles;
        this.booking = booking;
        this.notices = notices;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public Slot accept(UUID mentorId, UUID requestId) {
        return transactions.inTransaction(() -> {
            var request = requests.lock(requestId).filter(r -> r.isAddressedTo(mentorId))
                    .orElseThrow(SlotErrors::requestNotFound);
            var profile = profiles.find(mentorId).orElseThrow(SlotErrors::mentorNotFound);
            var slot = Slot.offer(ids.next(), mentorId, MeetingTime.of(request.preferredStart(), null),
                    profile.tokenCost(), clock.instant());
            var accepted = request.acceptedAs(slot.id());
            if (!slots.add(slot)) {
                throw SlotErrors.overlap();
            }
            requests.update(accepted);
            notices.requestAccepted(accepted);
            return booking.confirm(request.studentId(), slot.id());
        });
    }
}
