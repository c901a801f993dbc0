package in.mrmentor.invoice;

import in.mrmentor.invoice.port.memory.FakeCheckoutGateway;
import in.mrmentor.invoice.port.memory.InMemoryDocumentJobs;
import in.mrmentor.invoice.port.memory.InMemoryGstAuditLog;
import in.mrmentor.invoice.port.memory.InMemoryGstStates;
import in.mrmentor.invoice.port.memory.InMemoryHsnSacCodes;
import in.mrmentor.invoice.port.memory.InMemoryInvoices;
import in.mrmentor.invoice.port.memory.InMemoryPaymentOrders;
import in.mrmentor.invoice.port.memory.InMemoryPayments;
import in.mrmentor.invoice.port.memory.InMemorySeriesCounters;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.time.Clock;

/**
 * Every invoicing use case wired over the in-memory adapters, enlisted in the caller's
 * {@link InMemoryTransactions}, so another context's tests (a fee paid and invoiced in one unit of
 * work) roll invoices back together with their own rows. Handlers are registered on {@link #routing}.
 */
public final class InvoiceKit {
    public final InMemoryTransactions tx;
    public final InMemoryInvoices invoices;
    public final InMemorySeriesCounters counters;
    public final InMemoryPayments payments;
    public final InMemoryPaymentOrders orders;
    public final InMemoryGstAuditLog audit;
    public final InMemoryHsnSacCodes hsnSac;
    public final InMemoryDocumentJobs documents;
    public final InMemoryGstStates states = new InMemoryGstStates();
    public final FakeCheckoutGateway gateway = new FakeCheckoutGateway();
    public final in.mrmentor.notification.port.memory.InMemoryNotifications notifications;

    public final IssueInvoice issueInvoice;
    public final IssueCreditNote issueCreditNote;
    public final CaptureGatewayPayment capturePayment;
    public final RecordManualPayment recordManualPayment;
    public final RecordPaymentOrder recordPaymentOrder;
    public final OpenPaymentOrder openPaymentOrder;
    public final PaymentRouting routing;
    public final ConfirmCheckout confirmCheckout;

    public InvoiceKit() {
        this(new InMemoryTransactions(), InvoiceTestData.terms(), InvoiceTestData.CLOCK);
    }

    public InvoiceKit(InMemoryTransactions tx, InvoicingTerms terms, Clock clock) {
        this(tx, terms, clock, tx.enlist(new in.mrmentor.notification.port.memory.InMemoryNotifications()));
    }

    /** Telling users in {@code notifications}, the inbox the caller's other use cases write to. */
    public InvoiceKit(InMemoryTransactions tx, InvoicingTerms terms, Clock clock,
                      in.mrmentor.notification.port.memory.InMemoryNotifications notifications) {
        this.tx = tx;
        this.notifications = notifications;
        invoices = tx.enlist(new InMemoryInvoices());
        counters = tx.enlist(new InMemorySeriesCounters());
        payments = tx.enlist(new InMemoryPayments());
        orders = tx.enlist(new InMemoryPaymentOrders());
        audit = tx.enlist(new InMemoryGstAuditLog());
        hsnSac = tx.enlist(new InMemoryHsnSacCodes());
        documents = tx.enlist(new InMemoryDocumentJobs());
        Ids ids = Ids.random();
        var notifier = new in.mrmentor.notification.StoredNotifier(notifications, clock, ids);
        issueInvoice = new IssueInvoice(invoices, counters, states, hsnSac, payments, audit, documents, notifier, terms, tx, clock, ids);
        issueCreditNote = new IssueCreditNote(invoices, counters, audit, documents, terms, tx, clock, ids);
        capturePayment = new CaptureGatewayPayment(payments, audit, tx, clock, ids);
        recordManualPayment = new RecordManualPayment(payments, audit, tx, clock, ids);
        recordPaymentOrder = new RecordPaymentOrder(orders, tx, clock);
        openPaymentOrder = new OpenPaymentOrder(gateway, recordPaymentOrder, tx);
        routing = new PaymentRouting(orders, payments, invoices, issueCreditNote, PaymentPurpose.TOKEN_PURCHASE, tx);
        confirmCheckout = new ConfirmCheckout(gateway, orders, routing);
    }
}
