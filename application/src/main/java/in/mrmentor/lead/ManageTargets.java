package in.mrmentor.lead;

import in.mrmentor.identity.Principal;
import in.mrmentor.identity.Role;
import in.mrmentor.lead.port.LeadHistory;
import in.mrmentor.lead.port.SalesTeams;
import in.mrmentor.lead.port.Targets;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code PUT /api/crm/targets/{userId}/{period}} (the user's head or ADMIN) and {@code GET /api/crm/targets}:
 * targets against actuals, which count the leads each user moved to CONVERTED in that month of
 * business time and sum the revenue they won.
 */
public final class ManageTargets {
    private final Targets targets;
    private final LeadHistory history;
    private final SalesTeams teams;
    private final LeadViewers viewers;
    private final Transactions transactions;

    public ManageTargets(Targets targets, LeadHistory history, SalesTeams teams, LeadViewers viewers,
                         Transactions transactions) {
        this.targets = targets;
        this.history = history;
        this.teams = teams;
        this.viewers = viewers;
        this.transactions = transactions;
    }

    public record Progress(UUID userId, YearMonth period, long conversionsTarget, long conversionsActual,
                           long revenueTarget, long revenueActual) {
    }

    /** What a target must be, checked without storing anything. */
    public static void check(Long conversions, Long revenuePaise) {
        new Validation()
                .require(conversions != null && conversions >= 0, "conversions", "must be a whole number, 0 or more")
                .require(revenuePaise != null && revenuePaise >= 0, "revenuePaise", "must be a whole number of paise, 0 or more")
                .orThrow();
    }

    public Progress set(Principal caller, UUID userId, YearMonth period, Long conversions, Long revenuePaise) {
        check(conversions, revenuePaise);
        LeadViewer viewer = viewers.of(caller);
        var member = teams.member(userId).filter(m -> m.role() == Role.SALES)
                .orElseThrow(() -> DomainException.notFound(LeadErrors.USER_NOT_FOUND, "No such salesperson."));
        boolean allowed = viewer.admin() || (viewer.head() && caller.userId().equals(member.headId()))
                || (viewer.head() && caller.userId().equals(userId));
        if (!allowed) {
            throw LeadErrors.notSalesHead();
        }
        transactions.run(() -> targets.put(new SalesTarget(userId, period, conversions, revenuePaise)));
        return progress(new SalesTarget(userId, period, conversions, revenuePaise));
    }

    public List<Progress> list(Principal caller, YearMonth period) {
        LeadViewer viewer = viewers.of(caller);
        List<SalesTarget> found;
        if (viewer.admin()) {
            found = targets.of(null, period);
        } else {
            Set<UUID> users = new LinkedHashSet<>();
            users.add(caller.userId());
            if (viewer.head()) {
                users.addAll(teams.reportsOf(caller.userId()));
            }
            found = new ArrayList<>(targets.of(users, period));
            for (UUID user : users) {
                if (found.stream().noneMatch(t -> t.userId().equals(user))) {
                    found.add(new SalesTarget(user, period, 0, 0));
                }
            }
        }
        return found.stream().map(this::progress).toList();
    }

    private Progress progress(SalesTarget target) {
        var actual = history.conversions(target.userId(), BusinessTime.startOf(target.period()),
                BusinessTime.endOf(target.period()));
        return new Progress(target.userId(), target.period(), target.conversions(), actual.count(),
                target.revenuePaise(), actual.revenuePaise());
    }
}
