package in.mrmentor.invoice;

import in.mrmentor.invoice.port.Invoices;
import in.mrmentor.invoice.port.PaymentOrders;
import in.mrmentor.invoice.port.Payments;
import in.mrmentor.shared.port.Transactions;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Routes each verified gateway event by the order it names to the handler registered for that
 * order's purpose (token purchase, program fee, PAP fee, ...), in one transaction per event. A
 * refund is handled here first for every purpose: the receipt becomes REFUNDED and its invoice gets
 * the matching credit note, once per gateway refund id.
 *
 * <p>Orders that were never recorded predate routing, when the only gateway orders were token
 * purchases: they go to the handler of {@code unrecordedPurpose}.
 */
public final class PaymentRouting {

    /** What an event changed, for the log and the caller. */
    public record Outcome(PaymentPurpose purpose, boolean changed, String what) {
        public static Outcome changed(PaymentPurpose purpose, String what) {
            return new Outcome(purpose, true, what);
        }

        public static Outcome unchanged(PaymentPurpose purpose, String what) {
            return new Outcome(purpose, false, what);
        }
    }

    private final Map<PaymentPurpose, PaymentEventHandler> handlers = new EnumMap<>(PaymentPurpose.class);
    private final PaymentOrders orders;
    private final Payments payments;
    private final Invoices invoices;
    private final IssueCreditNote creditNotes;
    private final PaymentPurpose unrecordedPurpose;
    private final Transactions transactions;

    public PaymentRouting(PaymentOrders orders, Payments payments, Invoices invoices, IssueCreditNote creditNotes,
                          PaymentPurpose unrecordedPurpose, Transactions transactions) {
        this.orders = orders;
        this.payments = payments;
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.unrecordedPurpose = Objects.requireNonNull(unrecordedPurpose, "unrecordedPurpose");
        this.transactions = transactions;
    }

    /** Registers the handler of a purpose; called while wiring, before any event arrives. */
    public synchronized void register(PaymentPurpose purpose, PaymentEventHandler handler) {
        Objects.requireNonNull(handler, "handler");
        if (handlers.putIfAbsent(Objects.requireNonNull(purpose, "purpose"), handler) != null) {
            throw new IllegalStateException("a handler is already registered for " + purpose);
        }
    }

    public synchronized Optional<PaymentEventHandler> handlerOf(PaymentPurpose purpose) {
        return Optional.ofNullable(handlers.get(purpose));
    }

    public Outcome route(PaymentEvent event) {
        Objects.requireNonNull(event, "event");
        return transactions.inTransaction(() -> {
            if (event instanceof PaymentEvent.Refunded refunded) {
                return refund(refunded);
            }
            var order = orders.find(event.orderId()).orElse(PaymentOrder.unrecorded(event.orderId(), unrecordedPurpose));
            var handler = handlerOf(order.purpose());
            if (handler.isEmpty()) {
                return Outcome.unchanged(order.purpose(), "no handler for " + order.purpose());
            }
            if (event instanceof PaymentEvent.Captured captured) {
                return handler.get().onCaptured(order, captured);
            }
            return handler.get().onFailed(order, (PaymentEvent.Failed) event);
        });
    }

    private Outcome refund(PaymentEvent.Refunded refunded) {
        var known = payments.findByGatewayPaymentId(refunded.paymentId());
        if (known.isEmpty()) {
            return Outcome.unchanged(unrecordedPurpose, "no receipt has payment " + refunded.paymentId());
        }
        var payment = payments.lock(known.get().id()).orElseThrow();
        String orderId = refunded.orderId() != null ? refunded.orderId() : payment.orderId();
        var order = orderId == null ? PaymentOrder.unrecorded("none", payment.purpose())
                : orders.find(orderId).orElse(PaymentOrder.unrecorded(orderId, payment.purpose()));
        if (invoices.creditNoteForRefund(refunded.refundId()).isPresent()) {
            return Outcome.unchanged(payment.purpose(), "refund " + refunded.refundId() + " already credited");
        }
        if (payment.status().canMoveTo(PaymentStatus.REFUNDED)) {
            payment = payment.moved(PaymentStatus.REFUNDED);
            payments.replace(payment);
        }
        var invoice = invoices.findByPayment(payment.id());
        if (invoice.isPresent()) {
            creditNotes.creditRefund(invoice.get().id(), refunded.refundId(), refunded.amountPaise());
        }
        var refundedPayment = payment;
        return handlerOf(payment.purpose()).map(h -> h.onRefunded(order, refunded, refundedPayment))
                .orElse(Outcome.changed(payment.purpose(), "refund " + refunded.refundId() + " recorded"));
    }
}
