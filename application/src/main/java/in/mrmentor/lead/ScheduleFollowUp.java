package in.mrmentor.lead;

import in.mrmentor.identity.Principal;
import in.mrmentor.lead.port.FollowUps;
import in.mrmentor.lead.port.LeadHistory;
import in.mrmentor.lead.port.Leads;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * {@code POST /api/crm/leads/{id}/follow-ups}: a call-back due in the future. It belongs to the lead's
 * salesperson (the scheduler when the lead is unassigned), so it shows on their due list.
 */
public final class ScheduleFollowUp {
    private final Leads leads;
    private final FollowUps followUps;
    private final LeadHistory history;
    private final LeadViewers viewers;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public ScheduleFollowUp(Leads leads, FollowUps followUps, LeadHistory history, LeadViewers viewers,
                            Transactions transactions, Clock clock, Ids ids) {
        this.leads = leads;
        this.followUps = followUps;
        this.history = history;
        this.viewers = viewers;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public record Command(Instant dueAt, String note) {
        public Command {
            new Validation().require(dueAt != null, "dueAt", "is required")
                    .requireText(note, "note", FollowUp.MAX_NOTE).orThrow();
        }
    }

    public FollowUp schedule(Principal caller, UUID leadId, Command command) {
        LeadViewer viewer = viewers.of(caller);
        return transactions.inTransaction(() -> {
            Lead lead = LeadVisibilityPolicy.requireVisible(viewer, leads.find(leadId).orElse(null));
            Instant now = clock.instant();
            if (!command.dueAt().isAfter(now)) {
                throw Validation.invalid("dueAt", "must be in the future");
            }
            UUID owner = lead.assignedTo() == null ? caller.userId() : lead.assignedTo();
            var followUp = new FollowUp(ids.next(), leadId, owner, command.dueAt(), command.note().trim(),
                    caller.userId(), now, null, null, null);
            followUps.add(followUp);
            history.addActivity(new LeadActivity(ids.next(), leadId, ActivityType.FOLLOW_UP_SCHEDULED, caller.userId(),
                    now, Map.of("followUpId", followUp.id().toString(), "dueAt", command.dueAt().toString())));
            return followUp;
        });
    }
}
