package in.mrmentor.token;

import java.util.List;

/**
 * What a booking took from a student's wallet, split by account, so that another context can keep
 * it and have exactly these tokens returned on a refund ({@link SpendPlan#refundOf(java.util.UUID,
 * BookingSpend, String)}).
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

    /** The spend the ledger wrote, read from the user's legs of the posting. */
    public static BookingSpend of(List<LedgerEntry> entries) {
        long promotional = 0;
        long paid = 0;
        for (LedgerEntry entry : entries) {
            if (entry.wallet() == Wallet.PROMOTIONAL_TOKEN) {
                promotional -= entry.delta();
            } else {
                paid -= entry.delta();
            }
        }
        return new BookingSpend(promotional, paid);
    }
}
