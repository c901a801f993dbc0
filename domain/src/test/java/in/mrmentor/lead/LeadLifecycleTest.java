package in.mrmentor.lead;

import in.mrmentor.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CRM.md's lead stages and vendor key statuses, every pair of each table. */
class LeadLifecycleTest {
    private static final Map<LeadStage, Set<LeadStage>> STAGES = Map.of(
            LeadStage.NEW, EnumSet.of(LeadStage.ASSIGNED, LeadStage.DEAD),
            LeadStage.ASSIGNED, EnumSet.of(LeadStage.IN_PROCESS, LeadStage.DEAD),
            LeadStage.IN_PROCESS, EnumSet.of(LeadStage.CONVERTED, LeadStage.DEAD, LeadStage.RECYCLED),
            LeadStage.RECYCLED, EnumSet.of(LeadStage.ASSIGNED),
            LeadStage.CONVERTED, EnumSet.noneOf(LeadStage.class),
            LeadStage.DEAD, EnumSet.noneOf(LeadStage.class));

    private static final Map<VendorKeyStatus, Set<VendorKeyStatus>> KEYS = Map.of(
            VendorKeyStatus.ACTIVE, EnumSet.of(VendorKeyStatus.DISABLED, VendorKeyStatus.REVOKED),
            VendorKeyStatus.DISABLED, EnumSet.of(VendorKeyStatus.ACTIVE, VendorKeyStatus.REVOKED),
            VendorKeyStatus.REVOKED, EnumSet.noneOf(VendorKeyStatus.class));

    @Test
    void everyPairOfLeadStagesFollowsTheTable() {
        for (LeadStage from : LeadStage.values()) {
            for (LeadStage to : LeadStage.values()) {
                boolean allowed = STAGES.get(from).contains(to);
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed);
                if (allowed) {
                    assertThat(from.moveTo(to)).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> from.moveTo(to)).isInstanceOf(DomainException.class)
                            .extracting(e -> ((DomainException) e).code()).isEqualTo("INVALID_TRANSITION");
                }
            }
        }
    }

    @Test
    void assigningMakesNewAndRecycledLeadsAssignedAndKeepsOthers() {
        assertThat(LeadStage.NEW.onAssignment()).isEqualTo(LeadStage.ASSIGNED);
        assertThat(LeadStage.RECYCLED.onAssignment()).isEqualTo(LeadStage.ASSIGNED);
        assertThat(LeadStage.IN_PROCESS.onAssignment()).isEqualTo(LeadStage.IN_PROCESS);
        assertThat(LeadStage.CONVERTED.isOpen()).isFalse();
        assertThat(LeadStage.DEAD.isOpen()).isFalse();
        assertThat(LeadStage.RECYCLED.isOpen()).isTrue();
    }

    @Test
    void everyPairOfVendorKeyStatusesFollowsTheTable() {
        for (VendorKeyStatus from : VendorKeyStatus.values()) {
            for (VendorKeyStatus to : VendorKeyStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(KEYS.get(from).contains(to));
            }
        }
        assertThatThrownBy(() -> VendorKeyStatus.REVOKED.moveTo(VendorKeyStatus.ACTIVE))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void everyPairOfImportAndApprovalStatuses() {
        for (ImportStatus from : ImportStatus.values()) {
            for (ImportStatus to : ImportStatus.values()) {
                boolean expected = (from == ImportStatus.QUEUED && (to == ImportStatus.RUNNING || to == ImportStatus.FAILED))
                        || (from == ImportStatus.RUNNING && (to == ImportStatus.DONE || to == ImportStatus.FAILED));
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(expected);
            }
        }
        for (ApprovalStatus from : ApprovalStatus.values()) {
            for (ApprovalStatus to : ApprovalStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to)
                        .isEqualTo(from == ApprovalStatus.PENDING && to != ApprovalStatus.PENDING);
            }
        }
    }
}
