package in.mrmentor.invoice;

import in.mrmentor.invoice.port.Invoices;

import java.util.UUID;

/** One invoice with its credit notes. */
public final class ShowInvoice {
    private final Invoices invoices;

    public ShowInvoice(Invoices invoices) {
        this.invoices = invoices;
    }

    /** @throws in.mrmentor.shared.DomainException 404 {@code INVOICE_NOT_FOUND} */
    public InvoiceView show(UUID id) {
        var invoice = invoices.find(id).orElseThrow(InvoiceErrors::invoiceNotFound);
        return InvoiceView.of(invoice, invoices.creditNotesOf(id));
    }

    /** @throws in.mrmentor.shared.DomainException 404 {@code INVOICE_NOT_FOUND} */
    public InvoiceView byNumber(String number) {
        var invoice = invoices.findByNumber(number).orElseThrow(InvoiceErrors::invoiceNotFound);
        return InvoiceView.of(invoice, invoices.creditNotesOf(invoice.id()));
    }
}
