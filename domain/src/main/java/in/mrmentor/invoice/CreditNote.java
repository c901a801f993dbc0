package in.mrmentor.invoice;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A credit note against one invoice (CGST Rule 53): its own consecutive series, the original's
 * number and date, and lines that split the credited tax-inclusive amounts back at each line's rate.
 */
public record CreditNote(UUID id, UUID invoiceId, InvoiceNumber number, InvoiceNumber originalNumber,
                         Instant originalIssuedAt, Instant issuedAt, String reason, List<TaxedLine> lines,
                         InvoiceTotals totals, String trigger) {
    public CreditNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(originalNumber, "originalNumber");
        Objects.requireNonNull(originalIssuedAt, "originalIssuedAt");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(trigger, "trigger");
        lines = List.copyOf(lines);
    }
}
