package in.mrmentor.token;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a booking took from a student's wallet, split by account, so that another context can keep
 * it and have exactly these tokens returned on a refund.
 */
public record BookingSpend(long promotional, long paid) {
    public BookingSpend {
        if (promotional < 0 || paid < 0) {
            throw new IllegalArgumentException("a spend is never negative");
        }
    }

    public static BookingSpend none() {
        return new BookingSpend(0, 0);
    }

    public long total() {
        return promotional + paid;
    }

    /** The transfers that paid for it, as {@link SpendPlan#forBooking} made them. */
    public List<Transfer> transfers(UUID userId, String reference) {
        List<Transfer> transfers = new ArrayList<>(2);
        if (promotional > 0) {
            transfers.add(new Transfer(new UserAccount(userId, Wallet.PROMOTIONAL_TOKEN), SystemAccount.SPEND,
                    promotional, MovementKind.BOOKING, reference));
        }
        if (paid > 0) {
            transfers.add(new Transfer(new UserAccount(userId, Wallet.TOKEN), SystemAccount.SPEND, paid,
                    MovementKind.BOOKING, reference));
        }
        return List.copyOf(transfers);
    }

    static BookingSpend of(List<Transfer> transfers) {
        long promotional = 0;
        long paid = 0;
        for (Transfer transfer : transfers) {
            if (transfer.from() instanceof UserAccount user && user.wallet() == Wallet.PROMOTIONAL_TOKEN) {
                promotional += transfer.amount();
            } else {
                paid += transfer.amount();
            }
        }
        return new BookingSpend(promotional, paid);
    }

    /** The plan for {@code cost}: promotional first (API.md), as {@link SpendPlan#forBooking}. */
    public static BookingSpend plan(UUID userId, long cost, long promotionalBalance, long tokenBalance) {
        return of(SpendPlan.forBooking(userId, cost, promotionalBalance, tokenBalance, "plan"));
    }
}
