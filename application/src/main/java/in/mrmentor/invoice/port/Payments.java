package in.mrmentor.invoice.port;

import in.mrmentor.invoice.Payment;
import in.mrmentor.invoice.PaymentStatus;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Money receipts ({@code superadmin.global_payments}); a gateway payment id belongs to one row. */
public interface Payments {

    /**
     * Adds the receipt unless one with the same gateway payment id exists; either way answers the
     * stored row, so concurrent captures of one payment record it once.
     */
    Payment addOnce(Payment payment);

    Optional<Payment> find(UUID id);

    /** Held until the unit of work ends. */
    Optional<Payment> lock(UUID id);

    Optional<Payment> findByGatewayPaymentId(String gatewayPaymentId);

    void replace(Payment payment);

    /** Newest first by receipt time, ties by ascending id. */
    default List<Payment> list(PaymentStatus status, Instant from, Instant to, PageRequest<TimeKey> page) {
        return list(status, false, from, to, page);
    }

    /**
     * As {@link #list(PaymentStatus, Instant, Instant, PageRequest)}; with {@code refundDueOnly}, only
     * the payments recorded to be refunded and not refunded yet (a refund reason, still CAPTURED).
     */
    List<Payment> list(PaymentStatus status, boolean refundDueOnly, Instant from, Instant to, PageRequest<TimeKey> page);
}
