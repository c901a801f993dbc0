package in.mrmentor.lead;

import in.mrmentor.identity.Principal;
import in.mrmentor.lead.port.FollowUps;
import in.mrmentor.lead.port.LeadHistory;
import in.mrmentor.lead.port.Leads;

import java.util.List;
import java.util.UUID;

/** {@code GET /api/crm/leads/{id}}: a visible lead with its timeline, follow-ups and assignment history. */
public final class ShowLead {
    public static final int TIMELINE_LIMIT = 200;

    private final Leads leads;
    private final LeadHistory history;
    private final FollowUps followUps;
    private final LeadViewers viewers;

    public ShowLead(Leads leads, LeadHistory history, FollowUps followUps, LeadViewers viewers) {
        this.leads = leads;
        this.history = history;
        this.followUps = followUps;
        this.viewers = viewers;
    }

    public record Details(Lead lead, List<LeadActivity> timeline, List<FollowUp> followUps,
                          List<AssignmentRecord> assignments) {
    }

    public Details show(Principal caller, UUID id) {
        Lead lead = LeadVisibilityPolicy.requireVisible(viewers.of(caller), leads.find(id).orElse(null));
        return new Details(lead, history.timeline(id, TIMELINE_LIMIT), followUps.forLead(id), history.assignments(id));
    }
}
