package in.mrmentor.token;

import in.mrmentor.invoice.PaymentEvent;
import in.mrmentor.invoice.PaymentEventHandler;
import in.mrmentor.invoice.PaymentOrder;
import in.mrmentor.invoice.PaymentPurpose;
import in.mrmentor.invoice.PaymentRouting;
import in.mrmentor.token.port.Purchases;

import java.time.Clock;

/**
 * The token purchases' handler of gateway events ({@link PaymentPurpose#TOKEN_PURCHASE}), run inside
 * the routing transaction: a capture completes the purchase of its order once, a failure marks a
 * pending purchase failed.
 */
public final class TokenPurchasePayments implements PaymentEventHandler {
    private final Purchases purchases;
    private final PurchaseCompletion completion;
    private final Clock clock;

    public TokenPurchasePayments(Purchases purchases, PurchaseCompletion completion, Clock clock) {
        this.purchases = purchases;
        this.completion = completion;
        this.clock = clock;
    }

    @Override
    public PaymentRouting.Outcome onCaptured(PaymentOrder order, PaymentEvent.Captured event) {
        var locked = purchases.lockByOrderId(event.orderId());
        if (locked.isEmpty()) {
            return PaymentRouting.Outcome.unchanged(PaymentPurpose.TOKEN_PURCHASE, "no purchase has order " + event.orderId());
        }
        if (locked.get().status() == PurchaseStatus.COMPLETED) {
            if (event.paymentId().equals(locked.get().paymentId())) {
                return PaymentRouting.Outcome.unchanged(PaymentPurpose.TOKEN_PURCHASE, "already completed");
            }
            completion.complete(locked.get(), event.paymentId(), clock.instant());
            return PaymentRouting.Outcome.changed(PaymentPurpose.TOKEN_PURCHASE, "a second payment of purchase "
                    + locked.get().id() + " recorded to be refunded");
        }
        var completed = completion.complete(locked.get(), event.paymentId(), clock.instant());
        return PaymentRouting.Outcome.changed(PaymentPurpose.TOKEN_PURCHASE, "purchase " + completed.id() + " completed");
    }

    @Override
    public PaymentRouting.Outcome onFailed(PaymentOrder order, PaymentEvent.Failed event) {
        var locked = purchases.lockByOrderId(event.orderId());
        if (locked.isEmpty() || locked.get().status() != PurchaseStatus.PENDING) {
            return PaymentRouting.Outcome.unchanged(PaymentPurpose.TOKEN_PURCHASE,
                    "no pending purchase has order " + event.orderId());
        }
        var marked = locked.get().failed(event.paymentId());
        purchases.replace(marked);
        return PaymentRouting.Outcome.changed(PaymentPurpose.TOKEN_PURCHASE, "purchase " + marked.id() + " failed");
    }
}
