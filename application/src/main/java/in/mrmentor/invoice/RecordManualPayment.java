package in.mrmentor.invoice;

import in.mrmentor.invoice.port.GstAuditLog;
import in.mrmentor.invoice.port.Payments;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.time.Duration;

/** A receipt outside the gateway (bank transfer, cash), recorded by finance as CAPTURED. */
public final class RecordManualPayment {

    public record Command(String payerName, String payerEmail, long amountPaise, PaymentMethod method,
                          PaymentPurpose purpose, String reference, Instant receivedAt, String trigger) {
        public Command {
            new Validation()
                    .requireText(payerName, "payerName", Buyer.MAX_NAME)
                    .optionalText(payerEmail, "payerEmail", 254)
                    .require(payerEmail == null || payerEmail.isBlank() || Buyer.isEmailAddress(payerEmail), "payerEmail",
                            "must be an e-mail address")
                    .require(amountPaise > 0 && amountPaise < LineItem.MAX_AMOUNT_PAISE, "amountPaise",
                            "must be above 0 and below " + LineItem.MAX_AMOUNT_PAISE)
                    .require(method != null && method != PaymentMethod.RAZORPAY, "method",
                            "must be one of BANK_TRANSFER, CASH, OTHER (gateway payments come from the gateway)")
                    .require(purpose != null, "purpose", "is required")
                    .optionalText(reference, "reference", 200)
                    .requireText(trigger, "trigger", 200)
                    .orThrow();
        }
    }

    private final Payments payments;
    private final GstAuditLog audit;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public RecordManualPayment(Payments payments, GstAuditLog audit, Transactions transactions, Clock clock, Ids ids) {
        this.payments = payments;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public Payment record(Command command) {
        Objects.requireNonNull(command, "command");
        var now = clock.instant();
        // Money cannot have been received tomorrow; a day's slack covers a receipt dated in IST late at night.
        if (command.receivedAt() != null && command.receivedAt().isAfter(now.plus(Duration.ofDays(1)))) {
            throw Validation.invalid("receivedAt", "must not lie in the future");
        }
        return transactions.inTransaction(() -> {
            var payment = new Payment(ids.next(), command.payerName(), command.payerEmail(), command.amountPaise(), "INR",
                    command.method(), null, null, command.purpose(), command.reference(), PaymentStatus.CAPTURED,
                    command.receivedAt() == null ? now : command.receivedAt(), null);
            var stored = payments.addOnce(payment);
            audit.append(GstAuditEntry.of(ids.next(), now, GstAuditEntry.Action.PAYMENT_RECORDED, null, null,
                    command.trigger(), command.method() + " " + command.purpose() + " " + command.amountPaise() + " paise"));
            return stored;
        });
    }
}
