package in.mrmentor.invoice.port;

import in.mrmentor.invoice.FinancialYear;
import in.mrmentor.invoice.InvoiceSeries;

import java.time.Instant;

/** Which invoices a list wants; every field null means "any". {@code q} matches number, buyer name, e-mail or GSTIN. */
public record InvoiceFilter(FinancialYear year, InvoiceSeries series, Instant from, Instant to, String q) {
    public static final InvoiceFilter ALL = new InvoiceFilter(null, null, null, null, null);
}
