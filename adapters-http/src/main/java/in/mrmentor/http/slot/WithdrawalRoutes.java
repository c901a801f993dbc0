package in.mrmentor.http.slot;

import in.mrmentor.http.Access;
import in.mrmentor.http.Idempotent;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.identity.Role;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.slot.DecideWithdrawal;
import in.mrmentor.slot.ListWithdrawals;
import in.mrmentor.slot.RequestWithdrawal;
import in.mrmentor.slot.SlotErrors;
import in.mrmentor.slot.WithdrawalStatus;
import io.javalin.http.Context;

import java.util.List;

import static in.mrmentor.http.slot.SlotCaller.userId;

/** Payouts of mentor earnings: a mentor asks, an administrator approves or rejects, then marks it paid. */
public final class WithdrawalRoutes implements SlotRouteGroup {

    public record WithdrawalBody(@Required Long amountPaise) {
    }

    private final RequestWithdrawal requestWithdrawal;
    private final ListWithdrawals listWithdrawals;
    private final DecideWithdrawal decideWithdrawal;
    private final Idempotent idempotent;

    public WithdrawalRoutes(RequestWithdrawal requestWithdrawal, ListWithdrawals listWithdrawals,
                            DecideWithdrawal decideWithdrawal, Idempotent idempotent) {
        this.requestWithdrawal = requestWithdrawal;
        this.listWithdrawals = listWithdrawals;
        this.decideWithdrawal = decideWithdrawal;
        this.idempotent = idempotent;
    }

    @Override
    public List<Route> routes() {
        Access admin = Access.roles(Role.ADMIN);
        return List.of(
                Route.post("/api/mentor/withdrawals", Access.roles(Role.EXPERT),
                        "Ask for a payout; 409 INSUFFICIENT_BALANCE (Idempotency-Key)", idempotent.handler(ctx -> {
                            var body = Input.json(ctx, WithdrawalBody.class);
                            return new Idempotent.Reply(201, WithdrawalJson.of(
                                    requestWithdrawal.request(userId(ctx), body.amountPaise())));
                        })).withBody(WithdrawalBody.class).returns(201, WithdrawalJson.class).idempotent()
                        .error(ErrorKind.CONFLICT, SlotErrors.INSUFFICIENT_BALANCE),
                Route.get("/api/admin/withdrawals", admin, "Withdrawals of every mentor, oldest first (?status&limit&cursor)", ctx -> {
                    var withdrawals = listWithdrawals.inStatus(Input.enumQuery(ctx, "status", WithdrawalStatus.class),
                            Input.limit(ctx), Input.cursor(ctx));
                    ctx.json(ListPage.of(withdrawals, WithdrawalJson::of));
                }).returns(Route.pageOf(WithdrawalJson.class))
                        .query("status", WithdrawalStatus.class, "only withdrawals in this status").paged(),
                Route.post("/api/admin/withdrawals/{id}/approve", admin, "Approve a pending withdrawal",
                        idempotent.handler(ctx -> decide(ctx, WithdrawalStatus.APPROVED))).returns(WithdrawalJson.class)
                        .idempotent().error(ErrorKind.NOT_FOUND, "WITHDRAWAL_NOT_FOUND")
                        .error(ErrorKind.CONFLICT, SlotErrors.INVALID_TRANSITION),
                Route.post("/api/admin/withdrawals/{id}/reject", admin, "Reject a withdrawal",
                        idempotent.handler(ctx -> decide(ctx, WithdrawalStatus.REJECTED))).returns(WithdrawalJson.class)
                        .idempotent().error(ErrorKind.NOT_FOUND, "WITHDRAWAL_NOT_FOUND")
                        .error(ErrorKind.CONFLICT, SlotErrors.INVALID_TRANSITION),
                Route.post("/api/admin/withdrawals/{id}/paid", admin, "Mark an approved withdrawal paid; debits the earnings",
                        idempotent.handler(ctx -> decide(ctx, WithdrawalStatus.PAID))).returns(WithdrawalJson.class)
                        .idempotent().error(ErrorKind.NOT_FOUND, "WITHDRAWAL_NOT_FOUND")
                        .error(ErrorKind.CONFLICT, SlotErrors.INVALID_TRANSITION)
                        .error(ErrorKind.CONFLICT, SlotErrors.INSUFFICIENT_BALANCE));
    }

    private Idempotent.Reply decide(Context ctx, WithdrawalStatus outcome) {
        return new Idempotent.Reply(200, WithdrawalJson.of(
                decideWithdrawal.decide(userId(ctx), Input.uuidPath(ctx, "id"), outcome)));
    }
}
