package in.mrmentor.slot;

import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.MentorProfiles;
import in.mrmentor.slot.port.Slots;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * A mentor offers a slot at the token cost of their profile. Overlapping one of their own live
 * slots is 409 {@code SLOT_OVERLAP}; the store refuses it too, so two racing offers cannot both land.
 */
public final class OfferSlot {
    public static final String PROFILE_REQUIRED = "MENTOR_PROFILE_REQUIRED";

    public record Command(Instant startDateTime, Instant endDateTime) {
    }

    private final Slots slots;
    private final MentorProfiles profiles;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public OfferSlot(Slots slots, MentorProfiles profiles, Transactions transactions, Clock clock, Ids ids) {
        this.slots = slots;
        this.profiles = profiles;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public Slot offer(UUID mentorId, Command command) {
        var time = MeetingTime.of(command.startDateTime(), command.endDateTime());
        return transactions.inTransaction(() -> {
            var profile = profiles.find(mentorId).orElseThrow(() -> DomainException.conflict(PROFILE_REQUIRED,
                    "Write your mentor profile (PUT /api/mentor/profile) before offering slots."));
            var slot = Slot.offer(ids.next(), mentorId, time, profile.tokenCost(), clock.instant());
            if (!slots.add(slot)) {
                throw SlotErrors.overlap();
            }
            return slot;
        });
    }
}
