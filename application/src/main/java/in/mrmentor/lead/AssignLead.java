package in.mrmentor.lead;

import in.mrmentor.identity.Principal;
import in.mrmentor.lead.port.LeadHistory;
import in.mrmentor.lead.port.Leads;
import in.mrmentor.lead.port.SalesTeams;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** {@code POST /api/crm/leads/{id}/assign}: the head of the team (or ADMIN) hands one lead to a salesperson. */
public final class AssignLead {
    private final Leads leads;
    private final LeadViewers viewers;
    private final Assigning assigning;
    private final Transactions transactions;

    public AssignLead(Leads leads, LeadHistory history, SalesTeams teams, LeadViewers viewers, Transactions transactions,
                      Clock clock, Ids ids) {
        this.leads = leads;
        this.viewers = viewers;
        this.assigning = new Assigning(leads, history, teams, viewers, clock, ids);
        this.transactions = transactions;
    }

    public Lead assign(Principal caller, UUID leadId, UUID assigneeId) {
        if (assigneeId == null) {
            throw Validation.invalid("assigneeId", "is required");
        }
        LeadViewer actor = viewers.of(caller);
        return transactions.inTransaction(() -> {
            List<Lead> locked = assigning.lockVisible(actor, List.of(leadId));
            if (!LeadVisibilityPolicy.mayAssign(actor)) {
                throw LeadErrors.notSalesHead();
            }
            var assignees = assigning.requireAssignees(actor, List.of(assigneeId), "assigneeId");
            assigning.apply(caller.userId(), locked, assignees, AssignmentStrategy.ROUND_ROBIN);
            return leads.find(leadId).orElseThrow();
        });
    }
}
