package in.mrmentor.slot;

import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.slot.port.Slots;

import java.time.Instant;
import java.util.UUID;

/** A mentor's slots, filtered by start time and status, by start time, a page at a time, each as the viewer may see it ({@link SlotView}). */
public final class ListMentorSlots {
    // Named apart from a student's list, so a cursor of one is refused by the other.
    private static final Keyset<Slot, TimeKey> BY_START = Keyset.byTime("mentor-slots", ListBookings::startOf);

    /** @param cursor null for the first page */
    public record Query(Instant from, Instant to, SlotStatus status, int limit, String cursor) {
    }

    private final Slots slots;

    public ListMentorSlots(Slots slots) {
        this.slots = slots;
    }

    public Page<SlotView> list(Actor viewer, UUID mentorId, Query query) {
        var request = BY_START.request(query.cursor(), query.limit());
        return BY_START.page(slots.byMentor(mentorId, query.from(), query.to(), query.status(), request), request)
                .map(slot -> SlotView.of(slot, viewer));
    }
}
