package in.mrmentor.slot;

import in.mrmentor.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The withdrawal lifecycle of README "Mentorship" (issue 11 item 6), checked for every pair of statuses. */
class WithdrawalLifecycleTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Set<String> ALLOWED = Set.of(
            "PENDING>APPROVED", "PENDING>REJECTED", "APPROVED>PAID", "APPROVED>REJECTED");

    @Test
    void everyPairOfStatusesFollowsTheTable() {
        int checked = 0;
        for (WithdrawalStatus from : WithdrawalStatus.values()) {
            for (WithdrawalStatus to : WithdrawalStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + ">" + to).isEqualTo(ALLOWED.contains(from + ">" + to));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(16);
    }

    @Test
    void everyMoveOutsideTheTableIsAnInvalidTransitionAndEveryMoveInsideIsRecorded() {
        UUID admin = UUID.randomUUID();
        for (WithdrawalStatus from : WithdrawalStatus.values()) {
            for (WithdrawalStatus to : WithdrawalStatus.values()) {
                var withdrawal = new Withdrawal(UUID.randomUUID(), UUID.randomUUID(), 500, from, NOW, null, null);
                if (ALLOWED.contains(from + ">" + to)) {
                    var moved = withdrawal.moveTo(to, admin, NOW);
                    assertThat(moved.status()).isEqualTo(to);
                    assertThat(moved.decidedBy()).isEqualTo(admin);
                } else {
                    assertThatThrownBy(() -> withdrawal.moveTo(to, admin, NOW)).as(from + ">" + to)
                            .isInstanceOfSatisfying(DomainException.class,
                                    e -> assertThat(e.code()).isEqualTo(SlotErrors.INVALID_TRANSITION));
                }
            }
        }
    }

    @Test
    void onlyOpenWithdrawalsHoldBalanceSoARejectionReleasesTheAmount() {
        assertThat(WithdrawalStatus.PENDING.holdsBalance()).isTrue();
        assertThat(WithdrawalStatus.APPROVED.holdsBalance()).isTrue();
        assertThat(WithdrawalStatus.REJECTED.holdsBalance()).isFalse();
        assertThat(WithdrawalStatus.PAID.holdsBalance()).as("paid out: debited from the balance instead").isFalse();
    }
}
