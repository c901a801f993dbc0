package in.mrmentor.slot;

import in.mrmentor.slot.port.Slots;

import java.util.List;
import java.util.UUID;

/** A student's own booked slots, by start time. */
public final class ListBookings {
    private final Slots slots;

    public ListBookings(Slots slots) {
        this.slots = slots;
    }

    public List<Slot> forStudent(UUID studentId, int limit) {
        return slots.byStudent(studentId, limit);
    }
}
