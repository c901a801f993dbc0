package in.mrmentor.invoice;

import java.util.List;

/** An invoice as finance reads it: with its credit notes, its status and what remains to credit. */
public record InvoiceView(Invoice invoice, List<CreditNote> creditNotes, InvoiceStatus status, long remainingPaise) {
    public InvoiceView {
        creditNotes = List.copyOf(creditNotes);
    }

    public static InvoiceView of(Invoice invoice, List<CreditNote> notes) {
        long credited = notes.stream().mapToLong(n -> n.totals().totalPaise()).sum();
        long total = invoice.lines().stream().mapToLong(TaxedLine::totalPaise).sum();
        return new InvoiceView(invoice, notes, InvoiceStatus.after(total, credited), total - credited);
    }
}
