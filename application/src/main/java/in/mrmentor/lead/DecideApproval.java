package in.mrmentor.lead;

import in.mrmentor.identity.Principal;
import in.mrmentor.lead.port.Approvals;
import in.mrmentor.lead.port.LeadHistory;
import in.mrmentor.lead.port.Leads;
import in.mrmentor.lead.port.SalesTeams;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/**
 * {@code POST /api/crm/assignment-approvals/{id}/approve|reject}: that head or an administrator
 * decides once; approving applies the assignment in the same transaction as the decision.
 */
public final class DecideApproval {
    private final Approvals approvals;
    private final LeadViewers viewers;
    private final Assigning assigning;
    private final Transactions transactions;
    private final Clock clock;

    public DecideApproval(Leads leads, LeadHistory history, SalesTeams teams, Approvals approvals, LeadViewers viewers,
                          Transactions transactions, Clock clock, Ids ids) {
        this.approvals = approvals;
        this.viewers = viewers;
        this.assigning = new Assigning(leads, history, teams, viewers, clock, ids);
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Decided(AssignmentApproval approval, int assigned) {
    }

    public Decided decide(Principal caller, UUID id, ApprovalStatus outcome, String note) {
        new Validation().optionalText(note, "note", 2000).orThrow();
        LeadViewer actor = viewers.of(caller);
        return transactions.inTransaction(() -> {
            AssignmentApproval approval = approvals.lock(id)
                    .filter(a -> actor.admin() || caller.userId().equals(a.approverId()))
                    .orElseThrow(() -> DomainException.notFound(LeadErrors.APPROVAL_NOT_FOUND, "No such approval request."));
            AssignmentApproval decided = approval.decide(outcome, caller.userId(), note, clock.instant());
            int assigned = 0;
            if (outcome == ApprovalStatus.APPROVED) {
                var locked = assigning.lockVisible(actor, approval.leadIds());
                var assignees = assigning.requireAssignees(actor, approval.assigneeIds(), "assigneeIds");
                assigned = assigning.apply(caller.userId(), locked, assignees, approval.strategy());
            }
            approvals.replace(decided);
            return new Decided(decided, assigned);
        });
    }
}
