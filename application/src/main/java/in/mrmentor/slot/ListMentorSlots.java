package in.mrmentor.slot;

import in.mrmentor.slot.port.Slots;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A mentor's slots, filtered by start time and status. */
public final class ListMentorSlots {

    public record Query(Instant from, Instant to, SlotStatus status, int limit) {
    }

    private final Slots slots;

    public ListMentorSlots(Slots slots) {
        this.slots = slots;
    }

    public List<Slot> list(UUID mentorId, Query query) {
        return slots.byMentor(mentorId, query.from(), query.to(), query.status(), query.limit());
    }
}
