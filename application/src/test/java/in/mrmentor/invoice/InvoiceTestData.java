package in.mrmentor.invoice;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Suppliers, buyers and lines that make invoicing tests read as sentences. */
public final class InvoiceTestData {
    /** A Maharashtra supplier, as the acceptance of issue 16 has it. */
    public static final Gstin SUPPLIER_GSTIN = new Gstin("27AAPFU0939F1ZV");
    public static final GstState MAHARASHTRA = new GstState("27", "Maharashtra");
    public static final GstState KARNATAKA = new GstState("29", "Karnataka");
    /** 10:00 UTC on 23 November 2026: FY 2026-27. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    public static final FinancialYear FY = new FinancialYear(2026);

    private InvoiceTestData() {
    }

    public static Supplier supplier() {
        return new Supplier("My Analytics School", "MAS Edutech LLP", SUPPLIER_GSTIN, MAHARASHTRA,
                List.of("1 Analytics Lane", "Pune 411001"), "accounts@example.in", "+91 20 0000 0000", "https://example.in");
    }

    public static InvoicingTerms terms() {
        return new InvoicingTerms(supplier(), Map.of(), HsnSac.COACHING, GstRate.percent(18), false, InvoicingTerms.INDIA);
    }

    /** A registered buyer with a valid GSTIN of the given state (the check character computed). */
    public static Gstin gstinIn(String stateCode) {
        String first14 = stateCode + "AAPFU0939F1Z";
        return new Gstin(first14 + Gstin.checkCharacter(first14));
    }

    public static Buyer buyerIn(GstState state) {
        return new Buyer("Asha Rao", "12 MG Road", state.code(), null, "asha@example.in");
    }

    public static Buyer registeredBuyerIn(String stateCode) {
        return new Buyer("Karnataka Analytics Pvt Ltd", "4 Residency Road, Bengaluru", null, gstinIn(stateCode),
                "ap@example.in");
    }

    public static LineItem line(long unitPricePaise) {
        return new LineItem("Data analytics programme", null, 1, unitPricePaise, 0);
    }

    public static IssueInvoice.Command issue(InvoiceSeries series, Buyer buyer, boolean inclusive, LineItem... lines) {
        return new IssueInvoice.Command(series, buyer, inclusive, List.of(lines), null, "user:test");
    }

    /** An invoice as a repository stores it: MAS101 number {@code sequence} of FY 2026-27, a programme and two workbooks. */
    public static Invoice issuedInvoice(long sequence, Instant at, UUID payment, Buyer buyer) {
        return issuedInvoice(UUID.randomUUID(), sequence, at, payment, buyer);
    }

    public static Invoice issuedInvoice(UUID id, long sequence, Instant at, UUID payment, Buyer buyer) {
        var lines = List.of(
                new TaxedLine(1, "Programme", "999293", 1, 100_000, 0, GstRate.percent(18), 100_000, 9_000, 9_000, 0, 118_000),
                new TaxedLine(2, "Workbook", "999293", 2, 500, 100, GstRate.percent(18), 900, 81, 81, 0, 1_062));
        return new Invoice(id, InvoiceSeries.MAS101, new InvoiceNumber("MAS101", FY, sequence), at, supplier(), buyer,
                MAHARASHTRA, SupplyType.INTRA_STATE, false, false, lines, InvoiceTotals.of(lines, false), payment,
                "user:test", null, null);
    }

    /** A credit note, CN number {@code sequence} of FY 2026-27, for one workbook of an {@link #issuedInvoice}. */
    public static CreditNote creditNoteOn(Invoice invoice, UUID id, long sequence, Instant at) {
        var line = new TaxedLine(2, "Workbook", "999293", 1, 1_062, 0, GstRate.percent(18), 900, 81, 81, 0, 1_062);
        return new CreditNote(id, invoice.id(), new InvoiceNumber("CN", FY, sequence), invoice.number(),
                invoice.issuedAt(), at, "returned", List.of(line), InvoiceTotals.of(List.of(line), false), "user:test");
    }
}
