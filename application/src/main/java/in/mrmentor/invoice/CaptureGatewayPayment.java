package in.mrmentor.invoice;

import in.mrmentor.invoice.port.GstAuditLog;
import in.mrmentor.invoice.port.Payments;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.Objects;

/**
 * Records a payment the gateway captured in {@code global_payments}, once per gateway payment id
 * however often the webhook or the client's verification repeats it. Joins the caller's transaction,
 * so a context's payment handler records the receipt, completes its step and invoices it together.
 */
public final class CaptureGatewayPayment {

    public record Command(String gatewayPaymentId, String orderId, PaymentPurpose purpose, String reference,
                          String payerName, String payerEmail, long amountPaise, String currency, String trigger) {
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
        return transactions.inTransaction(() -> {
            var candidate = new Payment(ids.next(), command.payerName(), command.payerEmail(), command.amountPaise(),
                    command.currency(), PaymentMethod.RAZORPAY, command.gatewayPaymentId(), command.orderId(),
                    command.purpose(), command.reference(), PaymentStatus.CAPTURED, clock.instant());
            var stored = payments.addOnce(candidate);
            if (stored.id().equals(candidate.id())) {
                audit.append(GstAuditEntry.of(ids.next(), clock.instant(), GstAuditEntry.Action.PAYMENT_RECORDED, null,
                        command.gatewayPaymentId(), command.trigger(), command.purpose() + " " + command.amountPaise() + " paise"));
                return stored;
            }
            var locked = payments.lock(stored.id()).orElseThrow();
            if (locked.status().canMoveTo(PaymentStatus.CAPTURED)) {
                var captured = locked.moved(PaymentStatus.CAPTURED);
                payments.replace(captured);
                return captured;
            }
            return locked;
        });
    }
}
