package in.mrmentor.token;

import in.mrmentor.shared.port.Transactions;
import in.mrmentor.token.port.PaymentGateway;
import in.mrmentor.token.port.Purchases;

import java.time.Clock;

/**
 * Razorpay's signed webhook: {@code payment.captured} completes the purchase of its order (crediting
 * once, however often it is delivered), {@code payment.failed} marks a pending purchase failed.
 * Events for orders we do not know are acknowledged and ignored, so Razorpay stops retrying them.
 */
public final class ReceivePaymentWebhook {

    /** What the event changed, for the log. */
    public sealed interface Outcome permits Completed, MarkedFailed, Unchanged {
    }

    public record Completed(Purchase purchase) implements Outcome {
    }

    public record MarkedFailed(Purchase purchase) implements Outcome {
    }

    public record Unchanged(String why) implements Outcome {
    }

    private final Purchases purchases;
    private final PaymentGateway gateway;
    private final PurchaseCompletion completion;
    private final Transactions transactions;
    private final Clock clock;

    public ReceivePaymentWebhook(Purchases purchases, PurchaseCompletion completion, PaymentGateway gateway,
                                 Transactions transactions, Clock clock) {
        this.purchases = purchases;
        this.gateway = gateway;
        this.completion = completion;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws in.mrmentor.shared.DomainException 400 {@code INVALID_SIGNATURE} */
    public Outcome receive(byte[] rawBody, String signature) {
        var event = gateway.readWebhook(rawBody, signature);
        if (event instanceof PaymentGateway.Ignored ignored) {
            return new Unchanged("event " + ignored.type() + " is not about purchases");
        }
        return transactions.inTransaction(() -> {
            if (event instanceof PaymentGateway.Captured captured) {
                return complete(captured);
            }
            if (event instanceof PaymentGateway.Failed failed) {
                return markFailed(failed);
            }
            throw new IllegalStateException("no handling for webhook event " + event);
        });
    }

    private Outcome complete(PaymentGateway.Captured captured) {
        var locked = purchases.lockByOrderId(captured.orderId());
        if (locked.isEmpty()) {
            return new Unchanged("no purchase has order " + captured.orderId());
        }
        if (locked.get().status() == PurchaseStatus.COMPLETED) {
            return new Unchanged("already completed");
        }
        return new Completed(completion.complete(locked.get(), captured.paymentId(), clock.instant()));
    }

    private Outcome markFailed(PaymentGateway.Failed failed) {
        var locked = purchases.lockByOrderId(failed.orderId());
        if (locked.isEmpty() || locked.get().status() != PurchaseStatus.PENDING) {
            return new Unchanged("no pending purchase has order " + failed.orderId());
        }
        var marked = locked.get().failed(failed.paymentId());
        purchases.replace(marked);
        return new MarkedFailed(marked);
    }
}
