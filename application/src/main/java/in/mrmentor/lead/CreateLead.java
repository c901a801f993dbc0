package in.mrmentor.lead;

import in.mrmentor.identity.Principal;
import in.mrmentor.identity.Role;
import in.mrmentor.lead.port.SalesTeams;

/** {@code POST /api/crm/leads}: a manual lead, assigned to its creator when a salesperson enters it. */
public final class CreateLead {
    private final LeadIntake intake;
    private final CaptureLead capture;
    private final SalesTeams teams;
    private final LeadViewers viewers;

    public CreateLead(LeadIntake intake, CaptureLead capture, SalesTeams teams, LeadViewers viewers) {
        this.intake = intake;
        this.capture = capture;
        this.teams = teams;
        this.viewers = viewers;
    }

    public Lead create(Principal caller, LeadIntake.Raw raw) {
        return create(caller, draft(raw));
    }

    /** What a submission would become, checked without storing anything: every failing field named. */
    public LeadDraft draft(LeadIntake.Raw raw) {
        return intake.draft(raw);
    }

    public Lead create(Principal caller, LeadDraft draft) {
        Lead.Assignee assignee = null;
        if (caller.role() == Role.SALES) {
            assignee = teams.member(caller.userId()).map(viewers::assignee).orElse(null);
        }
        var outcome = capture.capture(draft, LeadSource.MANUAL, null, assignee, caller.userId());
        return ((CaptureLead.Created) outcome).lead();
    }
}
