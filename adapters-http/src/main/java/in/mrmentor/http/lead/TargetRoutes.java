package in.mrmentor.http.lead;

import in.mrmentor.shared.TextKey;

import in.mrmentor.shared.Keyset;

import in.mrmentor.http.ListPage;


import in.mrmentor.http.Caller;
import in.mrmentor.http.Input;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.lead.BusinessTime;
import in.mrmentor.lead.LeadErrors;
import in.mrmentor.lead.ManageTargets;
import in.mrmentor.shared.ErrorKind;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/** CRM.md: monthly targets per salesperson against actuals from the stage history. */
public final class TargetRoutes implements CrmRouteGroup {
    private static final Keyset<ManageTargets.Progress, TextKey> BY_USER =
            Keyset.byText("targets", progress -> new TextKey(progress.userId().toString(), progress.userId()));


    public record TargetBody(@Required Long conversions, @Required Long revenuePaise) {
    }

    private final ManageTargets targets;
    private final Clock clock;

    public TargetRoutes(ManageTargets targets, Clock clock) {
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.put("/api/crm/targets/{userId}/{period}", SALES, "Set a salesperson's target for a month YYYY-MM",
                        ctx -> {
                            var body = Input.json(ctx, TargetBody.class, checked -> {
                                ManageTargets.check(checked.conversions(), checked.revenuePaise());
                                return checked;
                            });
                            var userId = Input.uuidPath(ctx, "userId");
                            YearMonth period = BusinessTime.period(ctx.pathParam("period"), "period");
                            ctx.json(CrmJson.TargetJson.of(targets.set(Caller.principal(ctx), userId, period,
                                    body.conversions(), body.revenuePaise())));
                        }).withBody(TargetBody.class).returns(CrmJson.TargetJson.class)
                        .error(ErrorKind.NOT_FOUND, LeadErrors.USER_NOT_FOUND)
                        .error(ErrorKind.FORBIDDEN, LeadErrors.NOT_SALES_HEAD),
                Route.get("/api/crm/targets", SALES, "Targets and actuals of the caller (a head: the team; ADMIN: all)", ctx -> {
                    String raw = ctx.queryParam("period");
                    YearMonth period = raw == null || raw.isBlank()
                            ? YearMonth.from(BusinessTime.today(clock.instant())) : BusinessTime.period(raw.trim(), "period");
                    ctx.json(ListPage.ofAll(ctx, targets.list(Caller.principal(ctx), period), BY_USER, TextKey.ASCENDING,
                            CrmJson.TargetJson::of));
                }).returns(Route.pageOf(CrmJson.TargetJson.class)).paged()
                        .query("period", String.class, "the month YYYY-MM (default: this month in Asia/Kolkata)"));
    }
}
