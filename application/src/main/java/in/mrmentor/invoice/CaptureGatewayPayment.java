package in.mrmentor.invoice;

import in.mrmentor.invoice.port.GstAuditLog;
import in.mrmentor.invoice.port.Payments;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Records a payment the gateway captured in {@code global_payments}, once per gateway payment id
 * however often the webhook or the client's verification repeats it. Joins the caller's transaction,
 * so a context's payment handler records the receipt, completes its step and invoices it together.
 * A payment that pays for nothing (its fee was paid already, by another payment) is recorded too, with
 * its refund reason ({@link #captureSurplus}): money the gateway took is never left unrecorded.
 */
public final class CaptureGatewayPayment {

    public record Command(String gatewayPaymentId, String orderId, PaymentPurpose purpose, String reference,
                          String payerName, String payerEmail, long amountPaise, String currency, String trigger) {
        /** The receipt of a captured event of an order of {@code purpose}: the event's amount, else the order's. */
        public static Command of(PaymentOrder order, PaymentEvent.Captured event, PaymentPurpose purpose, String trigger) {
            long amount = event.amountPaise() > 0 ? event.amountPaise() : order.amountPaise();
            return new Command(event.paymentId(), order.orderId(), purpose, order.reference(), null, event.email(), amount,
                    event.currency(), trigger);
        }

        public Command {
            new Validation()
                    .requireText(gatewayPaymentId, "gatewayPaymentId", 100)
                    .optionalText(orderId, "orderId", 100)
                    .require(purpose != null, "purpose", "is required")
                    .optionalText(reference, "reference", 200)
                    .optionalText(payerName, "payerName", Buyer.MAX_NAME)
                    .optionalText(payerEmail, "payerEmail", 254)
                    .require(amountPaise > 0 && amountPaise < LineItem.MAX_AMOUNT_PAISE, "amountPaise", "must be above 0")
                    .requireText(currency, "currency", 3)
                    .requireText(trigger, "trigger", 200)
                    .orThrow();
        }
    }

    private final Payments payments;
    private final GstAuditLog audit;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public CaptureGatewayPayment(Payments payments, GstAuditLog audit, Transactions transactions, Clock clock, Ids ids) {
        this.payments = payments;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /** The receipt, CAPTURED: the one recorded now, or the one a previous delivery recorded. */
    public Payment capture(Command command) {
        Objects.requireNonNull(command, "command");
        return transactions.inTransaction(() -> record(command, null).receipt());
    }

    /**
     * Records a captured payment that pays for nothing, because what it was for is paid already (by
     * another payment): CAPTURED with {@code refundReason}, so finance sees the money is to go back.
     * A payment recorded already, such as a repeated delivery of the payment that did pay, is left as
     * it is: the refund reason never lands on a receipt that paid for something.
     *
     * @return the receipt recorded (or captured) now; empty when this payment was recorded before
     */
    public Optional<Payment> captureSurplus(Command command, String refundReason) {
        Objects.requireNonNull(command, "command");
        new Validation().requireText(refundReason, "refundReason", 500).orThrow();
        return transactions.inTransaction(() -> {
            var recorded = record(command, refundReason);
            return recorded.now() ? Optional.of(recorded.receipt()) : Optional.empty();
        });
    }

    /**
     * A payment handler's answer for a payment that pays for nothing: recorded to refund (changed), or
     * recorded before by an earlier delivery (unchanged), saying {@code why}.
     */
    public PaymentRouting.Outcome surplusOutcome(Command command, String why) {
        return captureSurplus(command, why)
                .map(receipt -> PaymentRouting.Outcome.changed(command.purpose(),
                        "payment " + command.gatewayPaymentId() + " recorded to refund: " + why))
                .orElse(PaymentRouting.Outcome.unchanged(command.purpose(),
                        why + "; payment " + command.gatewayPaymentId() + " recorded already"));
    }

    private record Recorded(Payment receipt, boolean now) {
    }

    /**
     * Adds the receipt unless its gateway payment is recorded: the unique gateway payment id decides
     * between racing deliveries, whatever each one meant to do with it.
     */
    private Recorded record(Command command, String refundReason) {
        var candidate = new Payment(ids.next(), command.payerName(), command.payerEmail(), command.amountPaise(),
                command.currency(), PaymentMethod.RAZORPAY, command.gatewayPaymentId(), command.orderId(),
                command.purpose(), command.reference(), PaymentStatus.CAPTURED, clock.instant(), refundReason);
        var stored = payments.addOnce(candidate);
        if (stored.id().equals(candidate.id())) {
            String detail = command.purpose() + " " + command.amountPaise() + " paise"
                    + (refundReason == null ? "" : ", to refund: " + refundReason);
            audit.append(GstAuditEntry.of(ids.next(), clock.instant(), GstAuditEntry.Action.PAYMENT_RECORDED, null,
                    command.gatewayPaymentId(), command.trigger(), detail));
            return new Recorded(stored, true);
        }
        var locked = payments.lock(stored.id()).orElseThrow();
        if (locked.status().canMoveTo(PaymentStatus.CAPTURED)) {
            var captured = locked.moved(PaymentStatus.CAPTURED);
            if (refundReason != null) {
                captured = captured.toRefund(refundReason);
            }
            payments.replace(captured);
            return new Recorded(captured, true);
        }
        return new Recorded(locked, false);
    }
}
