package in.mrmentor.invoice;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An issued tax invoice (CGST Rule 46). Immutable once issued: a correction is a credit note.
 * {@code irn} and {@code ackNo} stay empty until e-invoicing is integrated (only mandatory above
 * ₹5 crore turnover). {@code trigger} names who or what caused the issue (an admin, a token purchase,
 * a fee payment), as the audit log does.
 */
public record Invoice(UUID id, InvoiceSeries series, InvoiceNumber number, Instant issuedAt, Supplier supplier,
                      Buyer buyer, GstState placeOfSupply, SupplyType supplyType, boolean pricesIncludeTax,
                      boolean reverseCharge, List<TaxedLine> lines, InvoiceTotals totals, UUID paymentId,
                      String trigger, String irn, String ackNo) {
    public Invoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(placeOfSupply, "placeOfSupply");
        Objects.requireNonNull(supplyType, "supplyType");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(trigger, "trigger");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an invoice has at least one line");
        }
    }

    public FinancialYear year() {
        return number.year();
    }
}
