package in.mrmentor.token;

import in.mrmentor.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpendPlanTest {
    private static final UUID STUDENT = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UserAccount PROMO = new UserAccount(STUDENT, Wallet.PROMOTIONAL_TOKEN);
    private static final UserAccount PAID = new UserAccount(STUDENT, Wallet.TOKEN);

    @Test
    void promotionalTokensArePaidFirst() {
        var plan = SpendPlan.forBooking(STUDENT, 3, 1, 5, "slot-1");

        assertThat(plan).containsExactly(
                new Transfer(PROMO, SystemAccount.SPEND, 1, MovementKind.BOOKING, "slot-1"),
                new Transfer(PAID, SystemAccount.SPEND, 2, MovementKind.BOOKING, "slot-1"));
    }

    @Test
    void enoughPromotionalTokensLeaveThePaidOnesAlone() {
        assertThat(SpendPlan.forBooking(STUDENT, 2, 4, 9, "slot-2"))
                .containsExactly(new Transfer(PROMO, SystemAccount.SPEND, 2, MovementKind.BOOKING, "slot-2"));
    }

    @Test
    void tooFewTokensInBothAccountsIsPaymentRequired() {
        assertThatThrownBy(() -> SpendPlan.forBooking(STUDENT, 3, 1, 1, "slot-3"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("INSUFFICIENT_TOKENS"));
    }

    @Test
    void aRefundReturnsEachTokenToTheAccountItCameFrom() {
        var spent = SpendPlan.forBooking(STUDENT, 3, 1, 5, "slot-1");

        assertThat(SpendPlan.refundOf(spent, "cancel-1")).containsExactly(
                new Transfer(SystemAccount.SPEND, PROMO, 1, MovementKind.REFUND, "cancel-1"),
                new Transfer(SystemAccount.SPEND, PAID, 2, MovementKind.REFUND, "cancel-1"));
    }

    @Test
    void asALedgerPlanItLocksBothSpendableAccountsAndDecidesFromWhatTheyHold() {
        var plan = new SpendPlan(STUDENT, 3, "slot-1");

        assertThat(plan.accounts()).containsExactlyInAnyOrder(PROMO, PAID);
        assertThat(plan.transfers(Map.of(PROMO, 1L, PAID, 5L)))
                .isEqualTo(SpendPlan.forBooking(STUDENT, 3, 1, 5, "slot-1"));
        assertThatThrownBy(() -> plan.transfers(Map.of(PROMO, 2L)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("INSUFFICIENT_TOKENS"));
        assertThatThrownBy(() -> new SpendPlan(STUDENT, 0, "free")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStoredSpendRebuildsTheTransfersThatPaidItAndItsRefundReversesThem() {
        var spend = new BookingSpend(1, 2);

        assertThat(SpendPlan.transfersOf(STUDENT, spend, "slot-1")).isEqualTo(SpendPlan.forBooking(STUDENT, 3, 1, 5, "slot-1"));
        assertThat(SpendPlan.refundOf(STUDENT, spend, "cancel-1")).containsExactly(
                new Transfer(SystemAccount.SPEND, PROMO, 1, MovementKind.REFUND, "cancel-1"),
                new Transfer(SystemAccount.SPEND, PAID, 2, MovementKind.REFUND, "cancel-1"));
        assertThat(SpendPlan.transfersOf(STUDENT, BookingSpend.none(), "slot-0")).isEmpty();
    }

    @Test
    void theSpendIsReadBackFromTheLegsTheLedgerWrote() {
        var at = Instant.parse("2026-11-23T10:00:00Z");
        var entries = List.of(
                new LedgerEntry(UUID.randomUUID(), 1, at, Wallet.PROMOTIONAL_TOKEN, -1, 0, MovementKind.BOOKING, "slot-1"),
                new LedgerEntry(UUID.randomUUID(), 3, at, Wallet.TOKEN, -2, 3, MovementKind.BOOKING, "slot-1"));

        assertThat(BookingSpend.of(entries)).isEqualTo(new BookingSpend(1, 2));
        assertThat(BookingSpend.of(List.of())).isEqualTo(BookingSpend.none());
    }

    @Test
    void transfersMovePositiveAmountsBetweenTwoAccounts() {
        assertThatThrownBy(() -> new Transfer(PAID, SystemAccount.SPEND, 0, MovementKind.BOOKING, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Transfer(PAID, PAID, 1, MovementKind.BOOKING, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
