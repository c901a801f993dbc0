package in.mrmentor.bootstrap.program;

import in.mrmentor.bootstrap.Platform;
import in.mrmentor.bootstrap.invoice.InvoiceModule;
import in.mrmentor.invoice.CaptureGatewayPayment;
import in.mrmentor.invoice.ConfirmCheckout;
import in.mrmentor.invoice.InvoicePayment;
import in.mrmentor.invoice.IssueInvoice;
import in.mrmentor.invoice.OpenPaymentOrder;
import in.mrmentor.invoice.Payment;
import in.mrmentor.invoice.PaymentRouting;
import in.mrmentor.persistence.invoice.JdbiPayments;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * What programs and PAP take of the invoicing context: issuing a tax invoice inside their
 * transaction (with the configured line labels), opening and confirming recorded gateway orders,
 * capturing a receipt once, the routing their payment handlers register with, and finding a receipt.
 */
public record ProgramBilling(IssueInvoice issueInvoice, InvoicePayment.LineLabels labels, OpenPaymentOrder openOrder,
                             ConfirmCheckout confirmCheckout, CaptureGatewayPayment capturePayment,
                             PaymentRouting routing, Function<UUID, Optional<Payment>> receipts) {

    public static ProgramBilling of(Platform platform, InvoiceModule invoices) {
        var payments = new JdbiPayments(platform.jdbi());
        return new ProgramBilling(invoices.issueInvoice, platform.settings().invoices().labels(),
                invoices.openPaymentOrder, invoices.confirmCheckout, invoices.capturePayment, invoices.paymentRouting,
                payments::find);
    }
}
