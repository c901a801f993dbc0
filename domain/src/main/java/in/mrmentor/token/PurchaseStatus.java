package in.mrmentor.token;

/**
 * Seed 003's PaymentStatus. A failed attempt may still be followed by a captured payment on the same
 * order (Razorpay lets the buyer retry), so FAILED can still complete; COMPLETED is final.
 */
public enum PurchaseStatus {
    PENDING,
    COMPLETED,
    FAILED,
    CANCELLED;

    public boolean canMoveTo(PurchaseStatus next) {
        return switch (this) {
            case PENDING -> next != PENDING;
            case FAILED -> next == COMPLETED;
            case COMPLETED, CANCELLED -> false;
        };
    }
}
