package in.mrmentor.slot;

import in.mrmentor.shared.Page;
import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.slot.port.Slots;

/** Admins see every slot, filtered (say, the ones waiting on a cancellation request), by start time. */
public final class ListAllSlots {
    private static final Keyset<Slot, TimeKey> BY_START = Keyset.byTime("admin-slots", ListBookings::startOf);

    private final Slots slots;

    public ListAllSlots(Slots slots) {
        this.slots = slots;
    }

    /** @param cursor null for the first page */
    public Page<Slot> list(Slots.Filter filter, int limit, String cursor) {
        var request = BY_START.request(cursor, limit);
        return BY_START.page(slots.matching(filter, request), request);
    }
}
