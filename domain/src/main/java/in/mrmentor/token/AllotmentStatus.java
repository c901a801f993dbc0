package in.mrmentor.token;

/** A token allotment request is decided once: approved (and credited) or rejected. */
public enum AllotmentStatus {
    PENDING,
    APPROVED,
    REJECTED;

    public boolean canMoveTo(AllotmentStatus next) {
        return this == PENDING && next != PENDING;
    }
}
