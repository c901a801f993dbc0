package in.mrmentor.slot;

import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.MentorEarnings;

import java.time.Clock;
import java.util.UUID;

/**
 * A mentor asks to be paid out. Never more than the available balance (balance minus what pending
 * withdrawals already hold): the balance row is locked, so two racing requests cannot both pass.
 */
public final class RequestWithdrawal {
    private final MentorEarnings earnings;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public RequestWithdrawal(MentorEarnings earnings, Transactions transactions, Clock clock, Ids ids) {
        this.earnings = earnings;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public Withdrawal request(UUID mentorId, Long amountPaise) {
        new Validation().require(amountPaise != null && amountPaise > 0, "amountPaise", "must be a positive integer")
                .orThrow();
        return transactions.inTransaction(() -> {
            long balance = earnings.lockBalance(mentorId);
            long available = balance - earnings.heldByWithdrawals(mentorId);
            if (amountPaise > available) {
                throw SlotErrors.insufficientBalance(amountPaise, Math.max(0, available));
            }
            var withdrawal = new Withdrawal(ids.next(), mentorId, amountPaise, WithdrawalStatus.PENDING, clock.instant(),
                    null, null);
            earnings.addWithdrawal(withdrawal);
            return withdrawal;
        });
    }
}
