package in.mrmentor.slot;

import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.slot.port.Slots;

import java.util.UUID;

/** A student's own booked slots, by start time, a page at a time (API.md "Lists"). */
public final class ListBookings {
    static final Keyset<Slot, TimeKey> BY_START = Keyset.byTime("slots-mine", ListBookings::startOf);

    private final Slots slots;

    public ListBookings(Slots slots) {
        this.slots = slots;
    }

    /** @param cursor null for the first page */
    public Page<Slot> forStudent(UUID studentId, int limit, String cursor) {
        var request = BY_START.request(cursor, limit);
        return BY_START.page(slots.byStudent(studentId, request), request);
    }

    static TimeKey startOf(Slot slot) {
        return new TimeKey(slot.time().start(), slot.id());
    }
}
