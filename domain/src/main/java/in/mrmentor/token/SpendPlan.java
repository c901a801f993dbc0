package in.mrmentor.token;

import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * How a booking is paid: promotional tokens first, then paid tokens (API.md). The plan is the list
 * of transfers to {@link SystemAccount#SPEND}; refunding reverses exactly these, so every token goes
 * back to the account it came from. This is the one place booking transfers are made: as a
 * {@link TransferPlan} the ledger decides them under its lock, and a refund rebuilds them from the
 * stored {@link BookingSpend}.
 */
public record SpendPlan(UUID userId, long cost, String reference) implements TransferPlan {
    public static final String INSUFFICIENT_TOKENS = "INSUFFICIENT_TOKENS";

    public SpendPlan {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(reference, "reference");
        if (cost <= 0) {
            throw new IllegalArgumentException("a booking costs at least one token");
        }
    }

    @Override
    public Set<UserAccount> accounts() {
        return Set.of(new UserAccount(userId, Wallet.PROMOTIONAL_TOKEN), new UserAccount(userId, Wallet.TOKEN));
    }

    @Override
    public List<Transfer> transfers(Map<UserAccount, Long> balances) {
        return forBooking(userId, cost, balances.getOrDefault(new UserAccount(userId, Wallet.PROMOTIONAL_TOKEN), 0L),
                balances.getOrDefault(new UserAccount(userId, Wallet.TOKEN), 0L), reference);
    }

    public static List<Transfer> forBooking(UUID userId, long cost, long promotionalBalance, long tokenBalance,
                                            String reference) {
        if (cost <= 0) {
            throw new IllegalArgumentException("a booking costs at least one token");
        }
        if (promotionalBalance + tokenBalance < cost) {
            throw insufficient(cost, promotionalBalance + tokenBalance);
        }
        long fromPromotional = Math.min(cost, promotionalBalance);
        return transfersOf(userId, new BookingSpend(fromPromotional, cost - fromPromotional), reference);
    }

    public static List<Transfer> refundOf(List<Transfer> spent, String reference) {
        return spent.stream().map(transfer -> transfer.reversed(MovementKind.REFUND, reference)).toList();
    }

    /** The refund of a stored spend: the transfers that paid it, reversed. */
    public static List<Transfer> refundOf(UUID userId, BookingSpend spent, String reference) {
        return refundOf(transfersOf(userId, spent, reference), reference);
    }

    /** The transfers that paid {@code spend}: the only place a booking's transfers are built. */
    public static List<Transfer> transfersOf(UUID userId, BookingSpend spend, String reference) {
        List<Transfer> transfers = new ArrayList<>(2);
        if (spend.promotional() > 0) {
            transfers.add(new Transfer(new UserAccount(userId, Wallet.PROMOTIONAL_TOKEN), SystemAccount.SPEND,
                    spend.promotional(), MovementKind.BOOKING, reference));
        }
        if (spend.paid() > 0) {
            transfers.add(new Transfer(new UserAccount(userId, Wallet.TOKEN), SystemAccount.SPEND,
                    spend.paid(), MovementKind.BOOKING, reference));
        }
        return List.copyOf(transfers);
    }

    public static DomainException insufficient(long needed, long available) {
        return new DomainException(ErrorKind.PAYMENT_REQUIRED, INSUFFICIENT_TOKENS,
                "This needs " + needed + " token(s); " + available + " available.");
    }
}
