package in.mrmentor.slot;

/** PENDING -> APPROVED -> PAID, or REJECTED from PENDING or APPROVED (issue 7). */
public enum WithdrawalStatus {
    PENDING,
    APPROVED,
    PAID,
    REJECTED;

    public boolean canMoveTo(WithdrawalStatus next) {
        return switch (this) {
            case PENDING -> next == APPROVED || next == REJECTED;
            case APPROVED -> next == PAID || next == REJECTED;
            case PAID, REJECTED -> false;
        };
    }

    /** Money promised but not paid out yet: it is not available for another withdrawal. */
    public boolean holdsBalance() {
        return this == PENDING || this == APPROVED;
    }
}
