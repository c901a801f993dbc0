package in.mrmentor.slot;

/** Why a mentor's earnings balance moved (seed 003 {@code MentorTransaction}). */
public enum EarningKind {
    /** A completed meeting; credited once per slot. */
    MEETING,
    /** A withdrawal paid out to the mentor. */
    WITHDRAWAL
}
