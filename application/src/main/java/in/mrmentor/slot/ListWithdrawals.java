package in.mrmentor.slot;

import in.mrmentor.slot.port.MentorEarnings;

import java.util.List;

/** The administrators' queue of withdrawals, oldest first. */
public final class ListWithdrawals {
    private final MentorEarnings earnings;

    public ListWithdrawals(MentorEarnings earnings) {
        this.earnings = earnings;
    }

    public List<Withdrawal> inStatus(WithdrawalStatus status, int limit) {
        return earnings.withdrawalsInStatus(status, limit);
    }
}
