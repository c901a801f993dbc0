package in.mrmentor.slot;

import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.slot.port.Slots;

/** The operator's view of every slot, optionally in one status, by start time ({@code mas slots list}). */
public final class ListSlots {
    private static final Keyset<Slot, TimeKey> BY_START = Keyset.byTime("slots", ListBookings::startOf);

    private final Slots slots;

    public ListSlots(Slots slots) {
        this.slots = slots;
    }

    /** @param status null for every status; @param cursor null for the first page */
    public Page<Slot> page(SlotStatus status, int limit, String cursor) {
        var request = BY_START.request(cursor, limit);
        return BY_START.page(slots.byStatus(status, request), request);
    }
}
