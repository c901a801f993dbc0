package in.mrmentor.slot;

/** A student's request for a meeting at a time of their choosing (seed 003 {@code RequestedSlot}). */
public enum SlotRequestStatus {
    MEETING_REQUESTED,
    CONFIRMED,
    DECLINED,
    /** The student took the request back while it was open. */
    WITHDRAWN;

    public boolean canMoveTo(SlotRequestStatus next) {
        return this == MEETING_REQUESTED && next != MEETING_REQUESTED;
    }

    public boolean isOpen() {
        return this == MEETING_REQUESTED;
    }
}
