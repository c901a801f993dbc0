package in.mrmentor.token;

import in.mrmentor.notification.Notice;
import in.mrmentor.notification.NotificationType;
import in.mrmentor.notification.Notifier;
import in.mrmentor.token.port.Ledger;
import in.mrmentor.token.port.Purchases;

import java.time.Instant;
import java.util.List;

/**
 * The one way a purchase completes, shared by client verification and the webhook. The caller holds
 * the purchase row locked, so whichever arrives first credits and every later arrival sees COMPLETED.
 */
public final class PurchaseCompletion {
    private final Purchases purchases;
    private final Ledger ledger;
    private final Notifier notifier;

    public PurchaseCompletion(Purchases purchases, Ledger ledger, Notifier notifier) {
        this.purchases = purchases;
        this.ledger = ledger;
        this.notifier = notifier;
    }

    Purchase complete(Purchase locked, String paymentId, Instant at) {
        if (!locked.status().canMoveTo(PurchaseStatus.COMPLETED)) {
            return locked;
        }
        var completed = locked.completed(paymentId, at);
        ledger.post(List.of(completed.credit()), at).orElseThrow(refused -> refused.unexpected("a credit"));
        purchases.replace(completed);
        notifier.notify(new Notice(completed.userId(), NotificationType.PURCHASE_COMPLETED, "Purchase completed",
                completed.quantity() + " tokens were added to your wallet.", "/tokens/wallet"));
        return completed;
    }
}
