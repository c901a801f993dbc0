package in.mrmentor.invoice;

import java.time.Instant;
import java.util.Objects;

/**
 * A gateway order and what it is for: the payment webhook routes the order's events to the handler
 * registered for {@code purpose}; {@code reference} is the owning context's id (a purchase, an
 * application, a PAP workflow). An order we never recorded (created before routing existed, when
 * every gateway order was a token purchase) is {@link #unrecorded}.
 */
public record PaymentOrder(String orderId, PaymentPurpose purpose, String reference, long amountPaise,
                           String currency, Instant createdAt) {
    public PaymentOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(currency, "currency");
        if (amountPaise < 0) {
            throw new IllegalArgumentException("an order is for a non-negative amount");
        }
    }

    public static PaymentOrder unrecorded(String orderId, PaymentPurpose assumed) {
        return new PaymentOrder(orderId, assumed, null, 0, "INR", null);
    }

    public boolean isRecorded() {
        return createdAt != null;
    }
}
