package in.mrmentor.slot;

import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.MentorEarnings;

import java.time.Clock;
import java.util.UUID;

/**
 * An administrator approves, rejects or marks a withdrawal paid. Paying it out debits the mentor's
 * earnings (a WITHDRAWAL transaction referencing the withdrawal, so it is debited once).
 */
public final class DecideWithdrawal {
    private final MentorEarnings earnings;
    private final SlotNotices notices;
    private final Transactions transactions;
    private final Clock clock;

    public DecideWithdrawal(MentorEarnings earnings, SlotNotices notices, Transactions transactions, Clock clock) {
        this.earnings = earnings;
        this.notices = notices;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Withdrawal decide(UUID adminId, UUID withdrawalId, WithdrawalStatus outcome) {
        return transactions.inTransaction(() -> {
            var withdrawal = earnings.lockWithdrawal(withdrawalId).orElseThrow(SlotErrors::withdrawalNotFound);
            var now = clock.instant();
            var decided = withdrawal.moveTo(outcome, adminId, now);
            if (outcome == WithdrawalStatus.PAID) {
                earnings.lockBalance(withdrawal.mentorId());
                earnings.post(withdrawal.mentorId(), EarningKind.WITHDRAWAL, -withdrawal.amountPaise(),
                        "withdrawal:" + withdrawalId, now);
            }
            earnings.updateWithdrawal(decided);
            notices.withdrawalDecided(decided);
            return decided;
        });
    }
}
