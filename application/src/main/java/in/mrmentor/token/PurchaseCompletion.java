package in.mrmentor.token;

import in.mrmentor.token.port.Ledger;
import in.mrmentor.token.port.Purchases;

import java.time.Instant;
import java.util.List;

/**
 * The one way a purchase completes, shared by client verification and the webhook. The caller holds
 * the purchase row locked, so whichever arrives first credits and every later arrival sees COMPLETED.
 */
final class PurchaseCompletion {
    private final Purchases purchases;
    private final Ledger ledger;

    PurchaseCompletion(Purchases purchases, Ledger ledger) {
        this.purchases = purchases;
        this.ledger = ledger;
    }

    Purchase complete(Purchase locked, String paymentId, Instant at) {
        if (!locked.status().canMoveTo(PurchaseStatus.COMPLETED)) {
            return locked;
        }
        var completed = locked.completed(paymentId, at);
        if (ledger.post(List.of(completed.credit()), at) instanceof Ledger.Refused refused) {
            throw new IllegalStateException("a credit cannot be refused: " + refused);
        }
        purchases.replace(completed);
        return completed;
    }
}
