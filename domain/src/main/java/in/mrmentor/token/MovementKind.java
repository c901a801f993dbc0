package in.mrmentor.token;

/** Why tokens moved; stored with every transfer and shown as {@code kind} in a user's ledger. */
public enum MovementKind {
    GRANT,
    CORRECTION,
    ALLOTMENT,
    STARTER_BUNDLE,
    PURCHASE,
    BOOKING,
    RESUME_REVIEW,
    REFUND
}
