package in.mrmentor.http.lead;

import in.mrmentor.http.Caller;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.Route;
import in.mrmentor.lead.CompleteFollowUp;
import in.mrmentor.lead.FollowUpDue;
import in.mrmentor.lead.LeadErrors;
import in.mrmentor.lead.ListFollowUps;
import in.mrmentor.shared.ErrorKind;

import java.util.List;

/** CRM.md: the due lists (business time zone Asia/Kolkata) and marking a follow-up done. */
public final class FollowUpRoutes implements CrmRouteGroup {

    public record DoneBody(String note) {
    }

    private final ListFollowUps list;
    private final CompleteFollowUp complete;

    public FollowUpRoutes(ListFollowUps list, CompleteFollowUp complete) {
        this.list = list;
        this.complete = complete;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/crm/follow-ups", SALES, "Open follow-ups of the caller (a head: the team), soonest first",
                        ctx -> {
                            var due = Input.enumQuery(ctx, "due", FollowUpDue.class);
                            var page = list.list(Caller.principal(ctx), due, Input.limit(ctx), Input.cursor(ctx));
                            ctx.json(ListPage.of(page, CrmJson.FollowUpJson::of));
                        }).returns(Route.pageOf(CrmJson.FollowUpJson.class)).paged()
                        .query("due", FollowUpDue.class, "overdue, today or upcoming (days of Asia/Kolkata); absent: all open"),
                Route.post("/api/crm/follow-ups/{id}/done", SALES, "Mark a follow-up done, once", ctx -> {
                    var id = Input.uuidPath(ctx, "id");
                    var body = Input.optionalJson(ctx, DoneBody.class, new DoneBody(null));
                    ctx.json(CrmJson.FollowUpJson.of(complete.complete(Caller.principal(ctx), id, body.note())));
                }).withBody(DoneBody.class).returns(CrmJson.FollowUpJson.class)
                        .error(ErrorKind.NOT_FOUND, LeadErrors.FOLLOW_UP_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, LeadErrors.ALREADY_DONE));
    }
}
