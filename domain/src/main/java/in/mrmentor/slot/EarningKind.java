package in.mrmentor.slot;

/** Why a mentor's earnings balance moved (seed 003 {@code MentorTransaction}). */
public enum EarningKind {
    /** A completed meeting; credited once per slot. */
    MEETING,
    /** A withdrawal paid out to the mentor. */
    WITHDRAWAL;

    /** A meeting only ever credits, a withdrawal only ever debits (the store's CHECK says the same). */
    public boolean allows(long amountPaise) {
        return this == MEETING ? amountPaise > 0 : amountPaise < 0;
    }
}
