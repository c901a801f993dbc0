package in.mrmentor.invoice;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A money receipt ({@code global_payments}). A captured gateway payment is recorded once per
 * {@code gatewayPaymentId}; {@code reference} names what it paid for in its purpose's context
 * (a purchase id, an application id), {@code orderId} the gateway order when there is one.
 * {@code refundReason} is set on a captured payment that paid for nothing (a second payment of a fee
 * already paid): money taken is always recorded, and this says why it must go back to the payer; it
 * stays when the refund comes (REFUNDED). Null on every other receipt.
 */
public record Payment(UUID id, String payerName, String payerEmail, long amountPaise, String currency,
                      PaymentMethod method, String gatewayPaymentId, String orderId, PaymentPurpose purpose,
                      String reference, PaymentStatus status, Instant receivedAt, String refundReason) {
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
        if (refundReason != null && refundReason.isBlank()) {
            throw new IllegalArgumentException("a receipt to refund says why");
        }
    }

    public Payment moved(PaymentStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("a " + status + " payment cannot become " + next);
        }
        return new Payment(id, payerName, payerEmail, amountPaise, currency, method, gatewayPaymentId, orderId, purpose,
                reference, next, receivedAt, refundReason);
    }

    /** This receipt, named for refund: it paid for something already paid. */
    public Payment toRefund(String reason) {
        return new Payment(id, payerName, payerEmail, amountPaise, currency, method, gatewayPaymentId, orderId, purpose,
                reference, status, receivedAt, reason);
    }

    /** True while the money of a receipt that paid for nothing is still to go back (captured, not yet refunded). */
    public boolean refundDue() {
        return refundReason != null && status == PaymentStatus.CAPTURED;
    }
}
