package in.mrmentor.lead;

import in.mrmentor.identity.Principal;
import in.mrmentor.lead.port.FollowUps;
import in.mrmentor.lead.port.SalesTeams;
import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.TimeKey;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** {@code GET /api/crm/follow-ups?due=}: the caller's open follow-ups (a head: the team's; ADMIN: all), soonest first. */
public final class ListFollowUps {
    private static final Keyset<FollowUp, TimeKey> KEYSET = Keyset.byTime("follow-ups", f -> new TimeKey(f.dueAt(), f.id()));

    private final FollowUps followUps;
    private final SalesTeams teams;
    private final LeadViewers viewers;
    private final Clock clock;

    public ListFollowUps(FollowUps followUps, SalesTeams teams, LeadViewers viewers, Clock clock) {
        this.followUps = followUps;
        this.teams = teams;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** @param due null: every open follow-up */
    public Page<FollowUp> list(Principal caller, FollowUpDue due, int limit, String cursor) {
        LeadViewer viewer = viewers.of(caller);
        List<UUID> owners = null;
        if (!viewer.admin()) {
            owners = new ArrayList<>();
            owners.add(caller.userId());
            if (viewer.head()) {
                owners.addAll(teams.reportsOf(caller.userId()));
            }
        }
        var range = due == null ? new java.time.Instant[]{null, null} : due.range(clock.instant());
        var request = KEYSET.request(cursor, limit);
        return KEYSET.page(followUps.due(owners, range[0], range[1], request), request);
    }
}
