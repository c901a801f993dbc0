package in.mrmentor.lead;

import in.mrmentor.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeadVisibilityPolicyTest {
    private final UUID head = UUID.randomUUID();
    private final UUID seller = UUID.randomUUID();
    private final UUID colleague = UUID.randomUUID();
    private final UUID otherHead = UUID.randomUUID();
    private final UUID stranger = UUID.randomUUID();

    private Lead lead(UUID assignee, UUID owner) {
        var draft = new LeadDraft("Asha", "+919876543210", null, null, null, null, List.of(), Map.of());
        Lead fresh = Lead.fresh(UUID.randomUUID(), draft, LeadSource.MANUAL, null, null, Instant.EPOCH);
        return assignee == null ? fresh : fresh.assignedTo(new Lead.Assignee(assignee, owner));
    }

    private boolean sees(LeadViewer viewer, Lead lead) {
        return LeadVisibilityPolicy.scopeOf(viewer).includes(lead);
    }

    @Test
    void aSalespersonSeesOnlyTheLeadsAssignedToThem() {
        var me = new LeadViewer(seller, false, true, false);
        assertThat(sees(me, lead(seller, head))).isTrue();
        assertThat(sees(me, lead(colleague, head))).isFalse();
        assertThat(sees(me, lead(null, null))).isFalse();
        assertThat(sees(me, lead(stranger, otherHead))).isFalse();
    }

    @Test
    void aHeadSeesTheTeamsLeadsAndThePoolButNotAnotherTeam() {
        var me = new LeadViewer(head, false, true, true);
        assertThat(sees(me, lead(seller, head))).isTrue();
        assertThat(sees(me, lead(head, head))).isTrue();
        assertThat(sees(me, lead(null, null))).isTrue();
        assertThat(sees(me, lead(stranger, otherHead))).isFalse();
        assertThat(LeadVisibilityPolicy.mayAssign(me)).isTrue();
        assertThat(LeadVisibilityPolicy.mayAssign(new LeadViewer(seller, false, true, false))).isFalse();
    }

    @Test
    void anAdminSeesEverythingAndOtherRolesNothing() {
        var admin = new LeadViewer(stranger, true, false, false);
        assertThat(sees(admin, lead(seller, otherHead))).isTrue();
        assertThat(sees(admin, lead(null, null))).isTrue();
        var student = new LeadViewer(stranger, false, false, false);
        assertThat(sees(student, lead(stranger, stranger))).isFalse();
    }

    @Test
    void anInvisibleLeadIsNotFoundLikeAMissingOne() {
        var me = new LeadViewer(seller, false, true, false);
        assertThatThrownBy(() -> LeadVisibilityPolicy.requireVisible(me, lead(colleague, head)))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo("LEAD_NOT_FOUND");
        assertThatThrownBy(() -> LeadVisibilityPolicy.requireVisible(me, null))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("LEAD_NOT_FOUND");
    }
}
