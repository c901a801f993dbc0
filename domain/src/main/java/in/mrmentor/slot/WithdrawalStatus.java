package in.mrmentor.slot;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A mentor's payout: PENDING -> APPROVED -> PAID, or REJECTED from PENDING or APPROVED. Rejecting an
 * approved withdrawal stays allowed (issue 11 item 6, README "Mentorship"): a payout can still fail
 * after approval (wrong bank details), and nothing leaves the balance before PAID, so the rejection
 * simply stops holding the amount and it is available again. Every allowed move is in
 * {@link #TRANSITIONS}; anything else is 409 {@code INVALID_TRANSITION}.
 */
public enum WithdrawalStatus {
    PENDING,
    APPROVED,
    PAID,
    REJECTED;

    private static final Map<WithdrawalStatus, Set<WithdrawalStatus>> TRANSITIONS = new EnumMap<>(WithdrawalStatus.class);

    static {
        TRANSITIONS.put(PENDING, EnumSet.of(APPROVED, REJECTED));
        TRANSITIONS.put(APPROVED, EnumSet.of(PAID, REJECTED));
        TRANSITIONS.put(PAID, EnumSet.noneOf(WithdrawalStatus.class));
        TRANSITIONS.put(REJECTED, EnumSet.noneOf(WithdrawalStatus.class));
    }

    public boolean canMoveTo(WithdrawalStatus next) {
        return TRANSITIONS.get(this).contains(next);
    }

    /** Money promised but not paid out yet: it is not available for another withdrawal. */
    public boolean holdsBalance() {
        return this == PENDING || this == APPROVED;
    }
}
