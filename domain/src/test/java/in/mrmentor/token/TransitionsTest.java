package in.mrmentor.token;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every pair of the purchase and allotment lifecycles. */
class TransitionsTest {

    @Test
    void aPurchaseCompletesOnceAndAFailedOneMayStillComplete() {
        var allowed = Set.of("PENDING>COMPLETED", "PENDING>FAILED", "PENDING>CANCELLED", "FAILED>COMPLETED");
        for (PurchaseStatus from : PurchaseStatus.values()) {
            for (PurchaseStatus to : PurchaseStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + ">" + to).isEqualTo(allowed.contains(from + ">" + to));
            }
        }
    }

    @Test
    void anAllotmentRequestIsDecidedOnce() {
        for (AllotmentStatus from : AllotmentStatus.values()) {
            for (AllotmentStatus to : AllotmentStatus.values()) {
                boolean expected = from == AllotmentStatus.PENDING
                        && EnumSet.of(AllotmentStatus.APPROVED, AllotmentStatus.REJECTED).contains(to);
                assertThat(from.canMoveTo(to)).as(from + ">" + to).isEqualTo(expected);
            }
        }
    }

    @Test
    void aNegativeGrantIsACorrectionBackToTheSystem() {
        var grant = new Grant(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), Wallet.TOKEN, -2, "fix");

        assertThat(grant.transfer().to()).isEqualTo(SystemAccount.CORRECTIONS);
        assertThat(grant.transfer().amount()).isEqualTo(2);
        assertThat(grant.transfer().kind()).isEqualTo(MovementKind.CORRECTION);
    }

    @Test
    void thePriceIsQuantityTimesTokenValueInPaise() {
        assertThat(new TokenPrice(350).paiseFor(3)).isEqualTo(105_000);
    }
}
