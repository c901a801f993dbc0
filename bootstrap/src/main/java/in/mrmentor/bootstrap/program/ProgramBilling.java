package in.mrmentor.bootstrap.program;

import in.mrmentor.bootstrap.Platform;
import in.mrmentor.external.payment.RazorpayGateway;
import in.mrmentor.invoice.CaptureGatewayPayment;
import in.mrmentor.invoice.ConfirmCheckout;
import in.mrmentor.invoice.GstRate;
import in.mrmentor.invoice.GstState;
import in.mrmentor.invoice.Gstin;
import in.mrmentor.invoice.HsnSac;
import in.mrmentor.invoice.InvoicingTerms;
import in.mrmentor.invoice.IssueCreditNote;
import in.mrmentor.invoice.IssueInvoice;
import in.mrmentor.invoice.OpenPaymentOrder;
import in.mrmentor.invoice.Payment;
import in.mrmentor.invoice.PaymentPurpose;
import in.mrmentor.invoice.PaymentRouting;
import in.mrmentor.invoice.RecordPaymentOrder;
import in.mrmentor.invoice.Supplier;
import in.mrmentor.invoice.port.CheckoutGateway;
import in.mrmentor.persistence.invoice.JdbiGstAuditLog;
import in.mrmentor.persistence.invoice.JdbiGstStates;
import in.mrmentor.persistence.invoice.JdbiHsnSacCodes;
import in.mrmentor.persistence.invoice.JdbiInvoices;
import in.mrmentor.persistence.invoice.JdbiPaymentOrders;
import in.mrmentor.persistence.invoice.JdbiPayments;
import in.mrmentor.persistence.invoice.JdbiSeriesCounters;
import in.mrmentor.program.ProgramErrors;
import in.mrmentor.token.port.PaymentGateway;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * What programs and PAP need of the invoicing context: issuing a tax invoice inside their
 * transaction, opening and confirming recorded gateway orders, capturing a receipt once, routing
 * gateway events to their handlers, and finding a receipt.
 */
public record ProgramBilling(IssueInvoice issueInvoice, OpenPaymentOrder openOrder, ConfirmCheckout confirmCheckout,
                             CaptureGatewayPayment capturePayment, PaymentRouting routing,
                             Function<UUID, Optional<Payment>> receipts) {

    /** Razorpay as the fee-collecting contexts see it; unconfigured, 503 {@code INTEGRATION_NOT_CONFIGURED}. */
    public static CheckoutGateway checkoutGateway(Platform platform) {
        Optional<PaymentGateway> razorpay = platform.settings().tokens().razorpay().map(RazorpayGateway::new);
        return new CheckoutGateway() {
            @Override
            public String keyId() {
                return gateway().keyId();
            }

            @Override
            public CreatedOrder createOrder(long amountPaise, String currency, String receipt) {
                var order = gateway().createOrder(amountPaise, currency, receipt);
                return new CreatedOrder(order.orderId(), order.amountPaise(), order.currency());
            }

            @Override
            public boolean isAuthenticCheckout(String orderId, String paymentId, String signature) {
                return gateway().isAuthenticCheckout(orderId, paymentId, signature);
            }

            private PaymentGateway gateway() {
                return razorpay.orElseThrow(() -> ProgramErrors.notConfigured("The payment gateway"));
            }
        };
    }

    /**
     * Invoicing wired here until the invoice context's module lands in the server: the same use cases
     * over the same tables, with the supplier of the invoicing terms fixed. Its PDFs are not rendered.
     */
    public static ProgramBilling interim(Platform platform) {
        var jdbi = platform.jdbi();
        var tx = platform.transactions();
        var clock = platform.clock();
        var ids = platform.ids();
        var invoices = new JdbiInvoices(jdbi);
        var counters = new JdbiSeriesCounters(jdbi);
        var payments = new JdbiPayments(jdbi);
        var orders = new JdbiPaymentOrders(jdbi);
        var audit = new JdbiGstAuditLog(jdbi);
        String first14 = "27AAACM1234A1Z";
        var supplier = new Supplier("My Analytics School", "MAS Edutech LLP",
                new Gstin(first14 + Gstin.checkCharacter(first14)), new GstState("27", "Maharashtra"),
                List.of("Pune, Maharashtra"), null, null, null);
        var terms = new InvoicingTerms(supplier, Map.of(), HsnSac.COACHING, GstRate.percent(18), false,
                InvoicingTerms.INDIA);
        var issueInvoice = new IssueInvoice(invoices, counters, new JdbiGstStates(jdbi), new JdbiHsnSacCodes(jdbi),
                payments, audit, documentId -> { }, terms, tx, clock, ids);
        var creditNotes = new IssueCreditNote(invoices, counters, audit, documentId -> { }, terms, tx, clock, ids);
        var gateway = checkoutGateway(platform);
        var routing = new PaymentRouting(orders, payments, invoices, creditNotes, PaymentPurpose.TOKEN_PURCHASE, tx);
        return new ProgramBilling(issueInvoice,
                new OpenPaymentOrder(gateway, new RecordPaymentOrder(orders, tx, clock), tx),
                new ConfirmCheckout(gateway, orders, routing),
                new CaptureGatewayPayment(payments, audit, tx, clock, ids), routing, payments::find);
    }
}
