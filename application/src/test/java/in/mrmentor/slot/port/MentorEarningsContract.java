package in.mrmentor.slot.port;

import in.mrmentor.shared.PageWalk;
import in.mrmentor.slot.ListWithdrawals;
import java.util.ArrayList;
import java.util.List;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.EarningKind;
import in.mrmentor.slot.Withdrawal;
import in.mrmentor.slot.WithdrawalStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every adapter of {@link MentorEarnings} must do. */
public abstract class MentorEarningsContract {
    protected static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    protected MentorEarnings earnings;
    protected Transactions transactions;

    protected abstract MentorEarnings newEarnings();

    protected abstract Transactions transactionsFor(MentorEarnings earnings);

    protected abstract UUID aUser();

    @BeforeEach
    void freshEarnings() {
        earnings = newEarnings();
        transactions = transactionsFor(earnings);
    }

    @Test
    void aCreditIsWrittenOncePerReferenceAndMovesTheBalance() {
        UUID mentor = aUser();

        var first = transactions.inTransaction(() -> earnings.post(mentor, EarningKind.MEETING, 35_000, "slot:a", NOW));
        var again = transactions.inTransaction(() -> earnings.post(mentor, EarningKind.MEETING, 35_000, "slot:a", NOW));

        assertThat(first).isPresent();
        assertThat(first.get().balanceAfterPaise()).isEqualTo(35_000);
        assertThat(again).isEmpty();
        assertThat(earnings.balance(mentor)).isEqualTo(35_000);
        assertThat(earnings.transactions(mentor, 10)).hasSize(1);
        assertThat(earnings.balance(aUser())).isZero();
    }

    @Test
    void aMeetingNeverDebitsAndAWithdrawalNeverCredits() {
        UUID mentor = aUser();
        transactions.run(() -> earnings.post(mentor, EarningKind.MEETING, 10_000, "slot:c", NOW));

        assertThatThrownBy(() -> transactions.run(() -> earnings.post(mentor, EarningKind.MEETING, -1, "slot:d", NOW)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> transactions.run(() -> earnings.post(mentor, EarningKind.WITHDRAWAL, 1, "withdrawal:e",
                NOW))).isInstanceOf(IllegalArgumentException.class);
        assertThat(earnings.balance(mentor)).isEqualTo(10_000);
        assertThat(earnings.transactions(mentor, 10)).hasSize(1);
    }

    @Test
    void aPayoutDebitsAndOpenWithdrawalsHoldBalance() {
        UUID mentor = aUser();
        transactions.run(() -> earnings.post(mentor, EarningKind.MEETING, 10_000, "slot:b", NOW));
        var pending = new Withdrawal(UUID.randomUUID(), mentor, 4_000, WithdrawalStatus.PENDING, NOW, null, null);
        transactions.run(() -> earnings.addWithdrawal(pending));

        assertThat(earnings.heldByWithdrawals(mentor)).isEqualTo(4_000);
        var paid = pending.moveTo(WithdrawalStatus.APPROVED, mentor, NOW).moveTo(WithdrawalStatus.PAID, mentor, NOW);
        transactions.run(() -> {
            earnings.lockWithdrawal(pending.id()).orElseThrow();
            earnings.post(mentor, EarningKind.WITHDRAWAL, -4_000, "withdrawal:" + pending.id(), NOW);
            earnings.updateWithdrawal(paid);
        });

        assertThat(earnings.heldByWithdrawals(mentor)).isZero();
        assertThat(earnings.balance(mentor)).isEqualTo(6_000);
        assertThat(earnings.withdrawals(mentor, 10)).containsExactly(paid);
        assertThat(earnings.transactions(mentor, 10)).extracting(t -> t.amountPaise()).containsExactly(-4_000L, 10_000L);
    }

    @Test
    void pagingThroughTheWithdrawalsSeesEveryWithdrawalOnceWhileWithdrawalsAreAdded() {
        UUID mentor = aUser();
        List<UUID> asked = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            var withdrawal = new Withdrawal(UUID.randomUUID(), mentor, 100, WithdrawalStatus.PENDING,
                    NOW.plusSeconds(i < 4 ? 0 : i), null, null);
            transactions.run(() -> earnings.addWithdrawal(withdrawal));
            asked.add(withdrawal.id());
        }
        int[] added = {0};
        Runnable oneMore = () -> transactions.run(() -> earnings.addWithdrawal(new Withdrawal(UUID.randomUUID(), mentor,
                100, WithdrawalStatus.PENDING, NOW.plusSeconds(added[0]++ % 9), null, null)));

        var list = new ListWithdrawals(earnings);
        assertThat(PageWalk.of(cursor -> list.inStatus(WithdrawalStatus.PENDING, 2, cursor), oneMore)
                .seenAs(Withdrawal::id)).containsAll(asked);
    }
}
