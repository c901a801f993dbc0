package in.mrmentor.invoice;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A money receipt ({@code global_payments}). A captured gateway payment is recorded once per
 * {@code gatewayPaymentId}; {@code reference} names what it paid for in its purpose's context
 * (a purchase id, an application id), {@code orderId} the gateway order when there is one.
 */
public record Payment(UUID id, String payerName, String payerEmail, long amountPaise, String currency,
                      PaymentMethod method, String gatewayPaymentId, String orderId, PaymentPurpose purpose,
                      String reference, PaymentStatus status, Instant receivedAt) {
    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (amountPaise <= 0) {
            throw new IllegalArgumentException("a receipt is a positive amount");
        }
        if (method == PaymentMethod.RAZORPAY && gatewayPaymentId == null) {
            throw new IllegalArgumentException("a gateway receipt names its gateway payment");
        }
    }

    public Payment moved(PaymentStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("a " + status + " payment cannot become " + next);
        }
        return new Payment(id, payerName, payerEmail, amountPaise, currency, method, gatewayPaymentId, orderId, purpose,
                reference, next, receivedAt);
    }
}
