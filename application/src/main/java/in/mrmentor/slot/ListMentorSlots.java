package in.mrmentor.slot;

import in.mrmentor.slot.port.Slots;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A mentor's slots, filtered by start time and status, each as the viewer may see it ({@link SlotView}). */
public final class ListMentorSlots {

    public record Query(Instant from, Instant to, SlotStatus status, int limit) {
    }

    private final Slots slots;

    public ListMentorSlots(Slots slots) {
        this.slots = slots;
    }

    public List<SlotView> list(Actor viewer, UUID mentorId, Query query) {
        return slots.byMentor(mentorId, query.from(), query.to(), query.status(), query.limit()).stream()
                .map(slot -> SlotView.of(slot, viewer))
                .toList();
    }
}
