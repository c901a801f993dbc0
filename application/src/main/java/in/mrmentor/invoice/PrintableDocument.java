package in.mrmentor.invoice;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a tax invoice or credit note prints (CGST Rules 46 and 53), dates already in the business
 * time zone. {@code originalNumber} and {@code originalDate} are a credit note's reference to its invoice.
 */
public record PrintableDocument(Kind kind, String number, LocalDate date, Supplier supplier, Buyer buyer,
                                GstState buyerState, GstState placeOfSupply, SupplyType supplyType,
                                boolean reverseCharge, List<TaxedLine> lines, InvoiceTotals totals, String amountInWords,
                                String originalNumber, LocalDate originalDate, String reason, DocumentTerms terms,
                                String irn) {

    public enum Kind {
        TAX_INVOICE("Tax Invoice"),
        CREDIT_NOTE("Credit Note");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public PrintableDocument {
        lines = List.copyOf(lines);
    }

    /** Whether the second tax is UTGST rather than SGST (a union territory without a legislature). */
    public boolean utgst() {
        return placeOfSupply.isUnionTerritoryWithoutLegislature();
    }
}
