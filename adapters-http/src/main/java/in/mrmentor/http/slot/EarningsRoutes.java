package in.mrmentor.http.slot;

import in.mrmentor.http.Access;
import in.mrmentor.http.OneOf;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.identity.Role;
import in.mrmentor.slot.EarningKind;
import in.mrmentor.slot.EarningTransaction;
import in.mrmentor.slot.ShowEarnings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static in.mrmentor.http.slot.SlotCaller.userId;

/** A mentor's earnings: the balance, what pending withdrawals hold, and every credit and debit. */
public final class EarningsRoutes implements SlotRouteGroup {

    public record TransactionJson(@Required UUID id, @Required @OneOf(EarningKind.class) String kind, long amountPaise, long balanceAfterPaise, String reference,
                                  Instant at) {
        static TransactionJson of(EarningTransaction t) {
            return new TransactionJson(t.id(), t.kind().name(), t.amountPaise(), t.balanceAfterPaise(), t.reference(),
                    t.at());
        }
    }

    public record EarningsJson(long balancePaise, long pendingWithdrawalPaise, long availablePaise, @Required String currency,
                               List<TransactionJson> transactions, List<WithdrawalJson> withdrawals) {
    }

    private final ShowEarnings earnings;

    public EarningsRoutes(ShowEarnings earnings) {
        this.earnings = earnings;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/api/mentor/earnings", Access.roles(Role.EXPERT),
                "Balance, pending withdrawals and transactions", ctx -> {
                    var shown = earnings.show(userId(ctx));
                    ctx.json(new EarningsJson(shown.balancePaise(), shown.pendingWithdrawalPaise(),
                            Math.max(0, shown.balancePaise() - shown.pendingWithdrawalPaise()), "INR",
                            shown.transactions().stream().map(TransactionJson::of).toList(),
                            shown.withdrawals().stream().map(WithdrawalJson::of).toList()));
                }).returns(EarningsJson.class));
    }
}
