package in.mrmentor.pap;

import in.mrmentor.invoice.Buyer;
import in.mrmentor.invoice.Gstin;
import in.mrmentor.invoice.InvoiceSeries;
import in.mrmentor.invoice.IssueInvoice;
import in.mrmentor.pap.port.PapInvoicing;
import in.mrmentor.pap.port.Students;
import in.mrmentor.program.BillingDetails;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The PAP fee's tax invoice through the invoicing context: the PAP series, GST-inclusive, to the billing details. */
public final class PapFeeInvoices implements PapInvoicing {
    private final IssueInvoice issueInvoice;
    private final Students students;
    private final String lineLabel;

    /** @param lineLabel the invoice line's description ({@code GLOBAL_INVOICE_PAP_ITEM}) */
    public PapFeeInvoices(IssueInvoice issueInvoice, Students students, String lineLabel) {
        this.issueInvoice = issueInvoice;
        this.students = students;
        this.lineLabel = lineLabel;
    }

    @Override
    public Optional<String> issuePapFeeInvoice(UUID workflowId, UUID userId, long feePaise, BillingDetails billing,
                                               Instant at) {
        var buyer = new Buyer(billing.name(), billing.address(), billing.stateCode(),
                Gstin.parse(billing.gstin()).orElse(null), students.email(userId).orElse(null));
        var invoice = issueInvoice.issueTo(userId, IssueInvoice.Command.inclusive(InvoiceSeries.PAP, buyer,
                lineLabel, feePaise, null, "pap-workflow:" + workflowId));
        return Optional.of(invoice.number().text());
    }
}
