package in.mrmentor.lead;

import in.mrmentor.identity.Principal;
import in.mrmentor.lead.port.Approvals;
import in.mrmentor.lead.port.LeadHistory;
import in.mrmentor.lead.port.Leads;
import in.mrmentor.lead.port.SalesTeams;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /api/crm/assignments}: applied at once, in one transaction, for an administrator or a
 * head; any other salesperson's request waits for their head (ADMIN when they have none): the seed's
 * sales-head approval gate.
 */
public final class BulkAssign {
    public static final int MAX_LEADS = 5000;
    public static final int MAX_ASSIGNEES = 100;

    private final SalesTeams teams;
    private final Approvals approvals;
    private final LeadViewers viewers;
    private final Assigning assigning;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public BulkAssign(Leads leads, LeadHistory history, SalesTeams teams, Approvals approvals, LeadViewers viewers,
                      Transactions transactions, Clock clock, Ids ids) {
        this.teams = teams;
        this.approvals = approvals;
        this.viewers = viewers;
        this.assigning = new Assigning(leads, history, teams, viewers, clock, ids);
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public record Command(List<UUID> leadIds, List<UUID> assigneeIds, AssignmentStrategy strategy) {
        public Command {
            new Validation()
                    .require(leadIds != null && !leadIds.isEmpty() && leadIds.size() <= MAX_LEADS
                            && !leadIds.contains(null), "leadIds", "must hold 1 to " + MAX_LEADS + " lead ids")
                    .require(assigneeIds != null && !assigneeIds.isEmpty() && assigneeIds.size() <= MAX_ASSIGNEES
                            && !assigneeIds.contains(null), "assigneeIds", "must hold 1 to " + MAX_ASSIGNEES + " user ids")
                    .require(assigneeIds == null || new HashSet<>(assigneeIds).size() == assigneeIds.size(),
                            "assigneeIds", "must not repeat a user")
                    .require(strategy != null, "strategy", "must be ROUND_ROBIN or LEAST_LOADED")
                    .orThrow();
            leadIds = List.copyOf(new java.util.LinkedHashSet<>(leadIds));
            assigneeIds = List.copyOf(assigneeIds);
        }
    }

    /** Applied now ({@code assigned} leads) or waiting for approval. */
    public sealed interface Outcome permits Applied, Pending {
    }

    public record Applied(int assigned) implements Outcome {
    }

    public record Pending(AssignmentApproval approval) implements Outcome {
    }

    public Outcome assign(Principal caller, Command command) {
        LeadViewer actor = viewers.of(caller);
        return transactions.inTransaction(() -> {
            List<Lead> locked = assigning.lockVisible(actor, command.leadIds());
            if (LeadVisibilityPolicy.mayAssign(actor)) {
                var assignees = assigning.requireAssignees(actor, command.assigneeIds(), "assigneeIds");
                return new Applied(assigning.apply(caller.userId(), locked, assignees, command.strategy()));
            }
            assigning.requireAssignees(actor, command.assigneeIds(), "assigneeIds");
            UUID approver = teams.member(caller.userId()).map(SalesTeams.Member::headId).orElse(null);
            var approval = new AssignmentApproval(ids.next(), caller.userId(), approver, command.leadIds(),
                    command.assigneeIds(), command.strategy(), ApprovalStatus.PENDING, null, null, clock.instant(), null);
            approvals.add(approval);
            return new Pending(approval);
        });
    }
}
