package in.mrmentor.slot;

import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.slot.port.MentorEarnings;

/** The administrators' queue of withdrawals, oldest first, a page at a time. */
public final class ListWithdrawals {
    private static final Keyset<Withdrawal, TimeKey> OLDEST_FIRST =
            Keyset.byTime("withdrawals", withdrawal -> new TimeKey(withdrawal.createdAt(), withdrawal.id()));

    private final MentorEarnings earnings;

    public ListWithdrawals(MentorEarnings earnings) {
        this.earnings = earnings;
    }

    /** @param status null for every status; @param cursor null for the first page */
    public Page<Withdrawal> inStatus(WithdrawalStatus status, int limit, String cursor) {
        var request = OLDEST_FIRST.request(cursor, limit);
        return OLDEST_FIRST.page(earnings.withdrawalsInStatus(status, request), request);
    }
}
