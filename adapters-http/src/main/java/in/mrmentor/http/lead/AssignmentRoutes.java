package in.mrmentor.http.lead;

import in.mrmentor.http.Fields;

import com.fasterxml.jackson.annotation.JsonInclude;
import in.mrmentor.http.Access;
import in.mrmentor.http.Caller;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.identity.Role;
import in.mrmentor.lead.ApprovalStatus;
import in.mrmentor.lead.AssignmentStrategy;
import in.mrmentor.lead.BulkAssign;
import in.mrmentor.lead.DecideApproval;
import in.mrmentor.lead.LeadErrors;
import in.mrmentor.lead.LeadViewers;
import in.mrmentor.lead.ListApprovals;
import in.mrmentor.lead.SetSalesHead;
import in.mrmentor.shared.ErrorKind;

import java.util.List;
import java.util.UUID;

/** CRM.md: bulk assignment with the sales-head approval gate, the approvals, and naming a salesperson's head. */
public final class AssignmentRoutes implements CrmRouteGroup {

    public record UseCases(BulkAssign bulk, ListApprovals list, DecideApproval decide, SetSalesHead salesHead,
                           LeadViewers viewers) {
    }

    public record BulkBody(@Required List<UUID> leadIds, @Required List<UUID> assigneeIds, String strategy) {
    }

    public record DecisionBody(String note) {
    }

    public record SalesHeadBody(UUID salesHeadId) {
    }

    /** Applied at once ({@code assigned}), or 202 with {@code approvalId} and {@code status: PENDING}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BulkJson(Integer assigned, UUID approvalId, String status) {
    }

    public record DecisionJson(UUID id, String status, int assigned) {
    }

    public record SalesHeadJson(UUID id, String email, UUID salesHeadId) {
    }

    private final UseCases useCases;

    public AssignmentRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/api/crm/assignments", SALES,
                        "Assign leads in bulk: applied at once for a head or ADMIN (200), else 202 awaiting the head's approval",
                        ctx -> {
                            var bound = Input.jsonPartly(ctx, BulkBody.class);
                            var body = bound.value();
                            var fields = new Fields(bound.errors());
                            var command = fields.build(() -> new BulkAssign.Command(body.leadIds(), body.assigneeIds(),
                                    fields.optionalEnum(body.strategy(), "strategy", AssignmentStrategy.class)));
                            var outcome = useCases.bulk().assign(Caller.principal(ctx), command);
                            if (outcome instanceof BulkAssign.Applied applied) {
                                ctx.json(new BulkJson(applied.assigned(), null, null));
                            } else {
                                var pending = ((BulkAssign.Pending) outcome).approval();
                                ctx.status(202).json(new BulkJson(null, pending.id(), pending.status().name()));
                            }
                        }).withBody(BulkBody.class).returns(BulkJson.class)
                        .alsoAnswers(202, BulkJson.class, "Awaiting the head's approval: approvalId and status PENDING")
                        .error(ErrorKind.NOT_FOUND, LeadErrors.LEAD_NOT_FOUND),
                Route.get("/api/crm/assignment-approvals", SALES,
                        "Bulk assignments the caller decides, newest first (a head: the team's; ADMIN: all)", ctx -> {
                    var page = useCases.list().list(Caller.principal(ctx),
                            Input.enumQuery(ctx, "status", ApprovalStatus.class), Input.limit(ctx), Input.cursor(ctx));
                    ctx.json(ListPage.of(page, CrmJson.ApprovalJson::of));
                }).returns(Route.pageOf(CrmJson.ApprovalJson.class)).paged()
                        .query("status", ApprovalStatus.class, "PENDING, APPROVED or REJECTED"),
                decision("approve", ApprovalStatus.APPROVED),
                decision("reject", ApprovalStatus.REJECTED),
                Route.put("/api/admin/users/{id}/sales-head", Access.roles(Role.ADMIN),
                        "Name a SALES user's head (an active SALES user, no cycles); null clears it", ctx -> {
                            UUID id = Input.uuidPath(ctx, "id");
                            var body = Input.json(ctx, SalesHeadBody.class);
                            var member = useCases.salesHead().set(id, body.salesHeadId());
                            ctx.json(new SalesHeadJson(member.id(), member.email(), member.headId()));
                        }).withBody(SalesHeadBody.class).returns(SalesHeadJson.class)
                        .error(ErrorKind.NOT_FOUND, LeadErrors.USER_NOT_FOUND));
    }

    private Route decision(String verb, ApprovalStatus outcome) {
        return Route.post("/api/crm/assignment-approvals/{id}/" + verb, SALES,
                (outcome == ApprovalStatus.APPROVED ? "Approve and apply" : "Reject") + " a pending bulk assignment, once",
                ctx -> {
                    UUID id = Input.uuidPath(ctx, "id");
                    var body = Input.optionalJson(ctx, DecisionBody.class, new DecisionBody(null));
                    var decided = useCases.decide().decide(Caller.principal(ctx), id, outcome, body.note());
                    ctx.json(new DecisionJson(decided.approval().id(), decided.approval().status().name(), decided.assigned()));
                }).withBody(DecisionBody.class).returns(DecisionJson.class)
                .error(ErrorKind.NOT_FOUND, LeadErrors.APPROVAL_NOT_FOUND)
                .error(ErrorKind.CONFLICT, LeadErrors.ALREADY_DECIDED)
                .error(ErrorKind.NOT_FOUND, LeadErrors.LEAD_NOT_FOUND);
    }
}
