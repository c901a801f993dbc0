package in.mrmentor.http.program;

import in.mrmentor.http.Access;
import in.mrmentor.http.Caller;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.http.program.ProgramJson.DiscountJson;
import in.mrmentor.identity.Role;
import in.mrmentor.program.DecideDiscount;
import in.mrmentor.program.DiscountStatus;
import in.mrmentor.program.ListDiscountRequests;
import in.mrmentor.program.ProgramErrors;
import in.mrmentor.program.RequestDiscount;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.Validation;

import java.util.List;
import java.util.UUID;

/** FINANCE.md's discount requests: sales asks, an admin decides once; an approved one lowers the fee. */
public final class DiscountRoutes implements RouteGroup {

    public record DiscountBody(@Required UUID applicationId, @Required Long amountPaise, @Required String reason) {
        RequestDiscount.Command toCommand() {
            new Validation().require(applicationId != null, "applicationId", "is required")
                    .require(amountPaise != null, "amountPaise", "is required")
                    .requireText(reason, "reason", 1000).orThrow();
            return new RequestDiscount.Command(applicationId, amountPaise, reason);
        }
    }

    public record NoteBody(String note) {
    }

    private final RequestDiscount request;
    private final DecideDiscount decide;
    private final ListDiscountRequests list;

    public DiscountRoutes(RequestDiscount request, DecideDiscount decide, ListDiscountRequests list) {
        this.request = request;
        this.decide = decide;
        this.list = list;
    }

    @Override
    public String tag() {
        return "Finance";
    }

    @Override
    public List<Route> routes() {
        Access admin = Access.roles(Role.ADMIN);
        return List.of(
                Route.post("/api/finance/discount-requests", Access.roles(Role.SALES, Role.ADMIN),
                        "Ask to lower an application's fee (PENDING); one open request per application", ctx -> {
                            var command = Input.json(ctx, DiscountBody.class, DiscountBody::toCommand);
                            ctx.status(201).json(DiscountJson.of(request.request(Caller.principal(ctx).userId(), command)));
                        }).withBody(DiscountBody.class).returns(201, DiscountJson.class)
                        .error(ErrorKind.NOT_FOUND, ProgramErrors.APPLICATION_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, ProgramErrors.DISCOUNT_REQUEST_OPEN),
                Route.get("/api/finance/discount-requests", admin, "Discount requests, newest first (?status&limit&cursor)", ctx ->
                        ctx.json(ListPage.of(list.list(Input.enumQuery(ctx, "status", DiscountStatus.class), Input.limit(ctx),
                                Input.cursor(ctx)), DiscountJson::of)))
                        .returns(Route.pageOf(DiscountJson.class)).paged().query("status", DiscountStatus.class, "only this status"),
                decision("approve", DiscountStatus.APPROVED),
                decision("reject", DiscountStatus.REJECTED));
    }

    private Route decision(String name, DiscountStatus outcome) {
        return Route.post("/api/finance/discount-requests/{id}/" + name, Access.roles(Role.ADMIN),
                (outcome == DiscountStatus.APPROVED ? "Approve" : "Reject") + " a pending discount request, once", ctx -> {
                    var body = Input.optionalJson(ctx, NoteBody.class, new NoteBody(null));
                    ctx.json(DiscountJson.of(decide.decide(Caller.principal(ctx).userId(), Input.uuidPath(ctx, "id"),
                            outcome, body.note())));
                }).withBody(NoteBody.class).returns(DiscountJson.class)
                .error(ErrorKind.NOT_FOUND, ProgramErrors.DISCOUNT_REQUEST_NOT_FOUND)
                .error(ErrorKind.CONFLICT, ProgramErrors.ALREADY_DECIDED);
    }
}
