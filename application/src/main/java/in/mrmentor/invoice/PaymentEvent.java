package in.mrmentor.invoice;

import java.util.Objects;

/**
 * A verified event of the payment gateway, naming the order it is about. The webhook (one signature
 * check) and the client's checkout verification both produce these and hand them to {@link PaymentRouting}.
 */
public sealed interface PaymentEvent permits PaymentEvent.Captured, PaymentEvent.Failed, PaymentEvent.Refunded {

    String orderId();

    String paymentId();

    /**
     * The payment was captured. {@code amountPaise} is 0 and {@code email} null when the source does
     * not say (a checkout verification): the order's recorded amount then applies.
     */
    record Captured(String orderId, String paymentId, long amountPaise, String currency, String email)
            implements PaymentEvent {
        public Captured {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(paymentId, "paymentId");
            currency = currency == null ? "INR" : currency;
        }
    }

    record Failed(String orderId, String paymentId) implements PaymentEvent {
        public Failed {
            Objects.requireNonNull(orderId, "orderId");
        }
    }

    /** A refund of a captured payment went through ({@code refund.processed}); {@code orderId} may be null. */
    record Refunded(String orderId, String paymentId, String refundId, long amountPaise) implements PaymentEvent {
        public Refunded {
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(refundId, "refundId");
            if (amountPaise <= 0) {
                throw new IllegalArgumentException("a refund is a positive amount");
            }
        }
    }
}
