package in.mrmentor.token;

import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * How a booking is paid: promotional tokens first, then paid tokens (API.md). The plan is the list
 * of transfers to {@link SystemAccount#SPEND}; refunding reverses exactly these, so every token goes
 * back to the account it came from.
 */
public final class SpendPlan {
    public static final String INSUFFICIENT_TOKENS = "INSUFFICIENT_TOKENS";

    private SpendPlan() {
    }

    public static List<Transfer> forBooking(UUID userId, long cost, long promotionalBalance, long tokenBalance,
                                            String reference) {
        if (cost <= 0) {
            throw new IllegalArgumentException("a booking costs at least one token");
        }
        if (promotionalBalance + tokenBalance < cost) {
            throw insufficient(cost, promotionalBalance + tokenBalance);
        }
        List<Transfer> transfers = new ArrayList<>(2);
        long fromPromotional = Math.min(cost, promotionalBalance);
        if (fromPromotional > 0) {
            transfers.add(new Transfer(new UserAccount(userId, Wallet.PROMOTIONAL_TOKEN), SystemAccount.SPEND,
                    fromPromotional, MovementKind.BOOKING, reference));
        }
        long fromPaid = cost - fromPromotional;
        if (fromPaid > 0) {
            transfers.add(new Transfer(new UserAccount(userId, Wallet.TOKEN), SystemAccount.SPEND,
                    fromPaid, MovementKind.BOOKING, reference));
        }
        return List.copyOf(transfers);
    }

    public static List<Transfer> refundOf(List<Transfer> spent, String reference) {
        return spent.stream().map(transfer -> transfer.reversed(MovementKind.REFUND, reference)).toList();
    }

    public static DomainException insufficient(long needed, long available) {
        return new DomainException(ErrorKind.PAYMENT_REQUIRED, INSUFFICIENT_TOKENS,
                "This needs " + needed + " token(s); " + available + " available.");
    }
}
