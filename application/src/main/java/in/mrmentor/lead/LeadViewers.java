package in.mrmentor.lead;

import in.mrmentor.identity.Principal;
import in.mrmentor.identity.Role;
import in.mrmentor.lead.port.SalesTeams;

/** Turns the caller into the {@link LeadViewer} the visibility policy judges. */
public final class LeadViewers {
    private final SalesTeams teams;

    public LeadViewers(SalesTeams teams) {
        this.teams = teams;
    }

    public LeadViewer of(Principal principal) {
        boolean admin = principal.role().satisfies(Role.ADMIN);
        boolean sales = principal.role() == Role.SALES;
        return new LeadViewer(principal.userId(), admin, sales, sales && teams.isHead(principal.userId()));
    }

    /** The assignee record for a SALES user: the head that will own the lead is theirs, or themselves. */
    public Lead.Assignee assignee(SalesTeams.Member member) {
        return new Lead.Assignee(member.id(), member.headId() == null ? member.id() : member.headId());
    }
}
