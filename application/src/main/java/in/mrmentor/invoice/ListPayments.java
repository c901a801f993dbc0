package in.mrmentor.invoice;

import in.mrmentor.invoice.port.Payments;
import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.TimeKey;

import java.time.Instant;

/** Receipts, newest first, a page at a time. */
public final class ListPayments {
    private static final Keyset<Payment, TimeKey> NEWEST_FIRST =
            Keyset.byTime("payments", payment -> new TimeKey(payment.receivedAt(), payment.id()));

    private final Payments payments;

    public ListPayments(Payments payments) {
        this.payments = payments;
    }

    public Page<Payment> list(PaymentStatus status, Instant from, Instant to, int limit, String cursor) {
        return list(status, false, from, to, limit, cursor);
    }

    /** @param refundDueOnly only the payments recorded to be refunded and not refunded yet */
    public Page<Payment> list(PaymentStatus status, boolean refundDueOnly, Instant from, Instant to, int limit,
                              String cursor) {
        var request = NEWEST_FIRST.request(cursor, limit);
        return NEWEST_FIRST.page(payments.list(status, refundDueOnly, from, to, request), request);
    }
}
