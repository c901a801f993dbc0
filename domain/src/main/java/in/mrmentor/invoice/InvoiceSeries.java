package in.mrmentor.invoice;

import java.util.Locale;
import java.util.Optional;

/**
 * The numbering series invoices are issued in, each with its prefix from {@code GLOBAL_INVOICE_*_PREFIX}
 * (FINANCE.md "Series"). Credit notes have their own series, {@link #CN}, never chosen by a caller.
 */
public enum InvoiceSeries {
    MAS101,
    MAS102,
    PAP,
    AERO,
    DRO,
    /** Token purchases ({@code GLOBAL_INVOICE_TOKEN_PREFIX}, default {@code TOK}). */
    TOK,
    /** Credit notes. */
    CN;

    /** The series a caller may name (credit notes excluded), case-insensitive. */
    public static Optional<InvoiceSeries> forInvoices(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            InvoiceSeries series = valueOf(name.strip().toUpperCase(Locale.ROOT));
            return series == CN ? Optional.empty() : Optional.of(series);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String defaultPrefix() {
        return name();
    }
}
