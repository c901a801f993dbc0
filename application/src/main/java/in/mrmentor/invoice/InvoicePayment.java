package in.mrmentor.invoice;

import in.mrmentor.invoice.port.Payments;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Finance invoices a recorded receipt (a bank transfer, or a gateway payment no handler invoiced):
 * the lines default to one tax-inclusive line of the receipt's amount described by its purpose.
 */
public final class InvoicePayment {

    /** @param lines null or empty for the default line */
    public record Command(UUID paymentId, InvoiceSeries series, Buyer buyer, List<LineItem> lines, String trigger) {
        public Command {
            Objects.requireNonNull(paymentId, "paymentId");
        }
    }

    private final Payments payments;
    private final IssueInvoice issueInvoice;
    private final LineLabels labels;

    /** Default line descriptions: {@code GLOBAL_INVOICE_MAS_ITEM} and {@code GLOBAL_INVOICE_PAP_ITEM}. */
    public record LineLabels(String masItem, String papItem) {
        public String of(PaymentPurpose purpose) {
            return switch (purpose) {
                case PAP_FEE, PLACEMENT_FEE -> papItem;
                case TOKEN_PURCHASE -> "Mentorship tokens";
                default -> masItem;
            };
        }
    }

    public InvoicePayment(Payments payments, IssueInvoice issueInvoice, LineLabels labels) {
        this.payments = payments;
        this.issueInvoice = issueInvoice;
        this.labels = labels;
    }

    /** @throws in.mrmentor.shared.DomainException 404 {@code PAYMENT_NOT_FOUND}, 409 {@code ALREADY_INVOICED} */
    public Invoice invoice(Command command) {
        var payment = payments.find(command.paymentId()).orElseThrow(InvoiceErrors::paymentNotFound);
        if (command.lines() == null || command.lines().isEmpty()) {
            return issueInvoice.issue(IssueInvoice.Command.inclusive(command.series(), command.buyer(),
                    labels.of(payment.purpose()), payment.amountPaise(), payment.id(), command.trigger()));
        }
        return issueInvoice.issue(new IssueInvoice.Command(command.series(), command.buyer(), true, command.lines(),
                payment.id(), command.trigger()));
    }
}
