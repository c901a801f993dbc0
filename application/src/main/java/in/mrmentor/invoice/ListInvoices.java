package in.mrmentor.invoice;

import in.mrmentor.invoice.port.InvoiceFilter;
import in.mrmentor.invoice.port.Invoices;
import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.TimeKey;

/** Issued invoices, newest first, a page at a time. */
public final class ListInvoices {
    private static final Keyset<Invoice, TimeKey> NEWEST_FIRST =
            Keyset.byTime("invoices", invoice -> new TimeKey(invoice.issuedAt(), invoice.id()));

    private final Invoices invoices;

    public ListInvoices(Invoices invoices) {
        this.invoices = invoices;
    }

    public Page<Invoice> list(InvoiceFilter filter, int limit, String cursor) {
        var request = NEWEST_FIRST.request(cursor, limit);
        return NEWEST_FIRST.page(invoices.list(filter, request), request);
    }
}
