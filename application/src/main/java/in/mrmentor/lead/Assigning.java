package in.mrmentor.lead;

import in.mrmentor.identity.Role;
import in.mrmentor.lead.port.LeadHistory;
import in.mrmentor.lead.port.Leads;
import in.mrmentor.lead.port.SalesTeams;
import in.mrmentor.shared.FieldError;
import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Assigns leads on behalf of someone who may (an administrator, or a head within their team): the
 * shared step of a single assignment, a bulk one and an approved request. The caller runs it inside
 * its transaction, so a bulk assignment lands whole or not at all.
 */
final class Assigning {
    private final Leads leads;
    private final LeadHistory history;
    private final SalesTeams teams;
    private final LeadViewers viewers;
    private final Clock clock;
    private final Ids ids;

    Assigning(Leads leads, LeadHistory history, SalesTeams teams, LeadViewers viewers, Clock clock, Ids ids) {
        this.leads = leads;
        this.history = history;
        this.teams = teams;
        this.viewers = viewers;
        this.clock = clock;
        this.ids = ids;
    }

    /** Every assignee must be an active SALES user; a head may only hand leads to the team (themselves or reports). */
    List<SalesTeams.Member> requireAssignees(LeadViewer actor, List<UUID> assigneeIds, String field) {
        List<FieldError> errors = new ArrayList<>();
        List<SalesTeams.Member> members = new ArrayList<>();
        Set<UUID> team = null;
        if (!actor.admin() && actor.head()) {
            team = new HashSet<>(teams.reportsOf(actor.userId()));
            team.add(actor.userId());
        }
        for (int i = 0; i < assigneeIds.size(); i++) {
            String name = assigneeIds.size() == 1 && field.equals("assigneeId") ? field : field + "[" + i + "]";
            var member = teams.member(assigneeIds.get(i)).filter(m -> m.role() == Role.SALES && m.active());
            if (member.isEmpty()) {
                errors.add(new FieldError(name, "must be an active SALES user"));
            } else if (team != null && !team.contains(member.get().id())) {
                errors.add(new FieldError(name, "must be a member of your team"));
            } else {
                members.add(member.get());
            }
        }
        if (!errors.isEmpty()) {
            throw Validation.invalid(errors);
        }
        return members;
    }

    /** Locks the leads (in id order, so concurrent bulk assignments cannot deadlock), each visible to the actor. */
    List<Lead> lockVisible(LeadViewer actor, List<UUID> leadIds) {
        var scope = LeadVisibilityPolicy.scopeOf(actor);
        List<UUID> ordered = new ArrayList<>(new HashSet<>(leadIds));
        ordered.sort(Keyset.ID_ORDER);
        List<Lead> locked = new ArrayList<>();
        for (UUID id : ordered) {
            Lead lead = leads.lock(id).filter(scope::includes).orElseThrow(LeadErrors::leadNotFound);
            locked.add(lead);
        }
        return locked;
    }

    int apply(UUID actorId, List<Lead> locked, List<SalesTeams.Member> assignees, AssignmentStrategy strategy) {
        List<UUID> leadIds = locked.stream().map(Lead::id).toList();
        List<UUID> assigneeIds = assignees.stream().map(SalesTeams.Member::id).toList();
        Map<UUID, Long> loads = strategy == AssignmentStrategy.LEAST_LOADED ? leads.openLoads(assigneeIds) : Map.of();
        Map<UUID, UUID> plan = AssignmentPlan.plan(strategy, leadIds, assigneeIds, loads);
        Instant now = clock.instant();
        int assigned = 0;
        for (Lead lead : locked) {
            UUID to = plan.get(lead.id());
            SalesTeams.Member member = assignees.get(assigneeIds.indexOf(to));
            Lead moved = lead.assignedTo(viewers.assignee(member));
            if (moved.equals(lead)) {
                continue;
            }
            leads.replace(moved);
            history.addAssignment(new AssignmentRecord(lead.id(), lead.assignedTo(), to, actorId, now));
            history.addActivity(new LeadActivity(ids.next(), lead.id(), ActivityType.ASSIGNED, actorId, now,
                    Map.of("to", to.toString(), "from", lead.assignedTo() == null ? "" : lead.assignedTo().toString())));
            if (moved.stage() != lead.stage()) {
                history.addStageChange(lead.id(), lead.stage(), moved.stage(), actorId, now, null);
            }
            assigned++;
        }
        return assigned;
    }
}
