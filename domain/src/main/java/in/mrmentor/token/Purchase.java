package in.mrmentor.token;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A purchase of paid tokens through the payment gateway (seed 003: TokenPurchase). */
public record Purchase(UUID id, UUID userId, long quantity, long amountPaise, String currency, String orderId,
                       PurchaseStatus status, String paymentId, Instant createdAt, Instant completedAt) {
    public Purchase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (quantity <= 0 || amountPaise <= 0) {
            throw new IllegalArgumentException("a purchase buys at least one token for a positive price");
        }
    }

    public String reference() {
        return "purchase:" + id;
    }

    /** The credit a completed purchase makes, exactly once. */
    public Transfer credit() {
        return new Transfer(SystemAccount.PURCHASES, new UserAccount(userId, Wallet.TOKEN), quantity,
                MovementKind.PURCHASE, reference());
    }

    public Purchase completed(String byPayment, Instant at) {
        return moved(PurchaseStatus.COMPLETED, byPayment, at);
    }

    public Purchase failed(String byPayment) {
        return moved(PurchaseStatus.FAILED, byPayment, null);
    }

    private Purchase moved(PurchaseStatus next, String byPayment, Instant at) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("a " + status + " purchase cannot become " + next);
        }
        return new Purchase(id, userId, quantity, amountPaise, currency, orderId, next, byPayment, createdAt, at);
    }
}
