package in.mrmentor.slot;

import in.mrmentor.slot.port.MentorEarnings;

import java.util.List;
import java.util.UUID;

/** A mentor's balance, what pending withdrawals hold, and the latest transactions. */
public final class ShowEarnings {

    public record Earnings(long balancePaise, long pendingWithdrawalPaise, List<EarningTransaction> transactions,
                           List<Withdrawal> withdrawals) {
    }

    private final MentorEarnings earnings;

    public ShowEarnings(MentorEarnings earnings) {
        this.earnings = earnings;
    }

    public Earnings show(UUID mentorId) {
        return new Earnings(earnings.balance(mentorId), earnings.heldByWithdrawals(mentorId),
                earnings.transactions(mentorId, 50), earnings.withdrawals(mentorId, 50));
    }
}
