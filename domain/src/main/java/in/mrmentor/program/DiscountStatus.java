package in.mrmentor.program;

/** A discount request is decided once: {@code PENDING -> APPROVED | REJECTED}. */
public enum DiscountStatus {
    PENDING,
    APPROVED,
    REJECTED;

    public boolean canMoveTo(DiscountStatus next) {
        return this == PENDING && next != PENDING;
    }
}
