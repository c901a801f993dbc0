package in.mrmentor.slot.port;

import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.slot.EarningKind;
import in.mrmentor.slot.EarningTransaction;
import in.mrmentor.slot.Withdrawal;
import in.mrmentor.slot.WithdrawalStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Mentors' earnings: append-only transactions and a balance projection updated with them, under the
 * token ledger's discipline (the balance row is locked for the rest of the unit of work; a
 * {@code (kind, reference)} pair is written at most once; the balance never goes below zero).
 */
public interface MentorEarnings {

    /** The mentor's balance in paise, with the balance row held until the unit of work ends. */
    long lockBalance(UUID mentorId);

    long balance(UUID mentorId);

    /**
     * Adds a transaction (negative amounts pay out) and moves the balance. Empty when a transaction
     * of this kind and reference already exists: nothing is written twice.
     */
    Optional<EarningTransaction> post(UUID mentorId, EarningKind kind, long amountPaise, String reference, Instant at);

    List<EarningTransaction> transactions(UUID mentorId, int limit);

    void addWithdrawal(Withdrawal withdrawal);

    Optional<Withdrawal> lockWithdrawal(UUID id);

    void updateWithdrawal(Withdrawal withdrawal);

    /** The sum of the mentor's withdrawals that still hold balance (PENDING, APPROVED). */
    long heldByWithdrawals(UUID mentorId);

    List<Withdrawal> withdrawals(UUID mentorId, int limit);

    /** Every mentor's withdrawals, oldest first (creation time, then id), optionally of one status (the admin's queue). */
    List<Withdrawal> withdrawalsInStatus(WithdrawalStatus status, PageRequest<TimeKey> page);
}
