package in.mrmentor.external.invoice;

import in.mrmentor.invoice.AmountInWords;
import in.mrmentor.invoice.DocumentTerms;
import in.mrmentor.invoice.GstRate;
import in.mrmentor.invoice.GstState;
import in.mrmentor.invoice.InvoiceTestData;
import in.mrmentor.invoice.InvoiceTotals;
import in.mrmentor.invoice.PrintableDocument;
import in.mrmentor.invoice.SupplyType;
import in.mrmentor.invoice.TaxedLine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PdfBoxInvoiceRendererTest {
    private final PdfBoxInvoiceRenderer renderer = new PdfBoxInvoiceRenderer();

    private static final DocumentTerms TERMS = new DocumentTerms(
            new DocumentTerms.Bank("MAS Edutech LLP", "HDFC Bank", "50200012345678", "HDFC0000123", "Baner, Pune"),
            List.of("Fees once paid are not refundable after the batch starts.", "Subject to Pune jurisdiction."),
            "tax-invoices", "finance@example.in", "admin@example.in");

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void anIntraStateInvoiceCarriesEveryParticularOfRule46() throws IOException {
        var line = new TaxedLine(1, "Data analytics programme", "999293", 1, 100_000, 0, GstRate.percent(18),
                100_000, 9_000, 9_000, 0, 118_000);
        var totals = InvoiceTotals.of(List.of(line), false);
        var buyer = InvoiceTestData.buyerIn(InvoiceTestData.MAHARASHTRA);
        var document = new PrintableDocument(PrintableDocument.Kind.TAX_INVOICE, "MAS101/2627/0001", LocalDate.of(2026, 11, 23),
                InvoiceTestData.supplier(), buyer, InvoiceTestData.MAHARASHTRA, InvoiceTestData.MAHARASHTRA,
                SupplyType.INTRA_STATE, false, List.of(line), totals, AmountInWords.of(118_000), null, null, null, TERMS, null);

        String text = text(renderer.render(document));

        assertThat(text).contains("TAX INVOICE", "MAS Edutech LLP", "1 Analytics Lane", "GSTIN: 27AAPFU0939F1ZV",
                "MAS101/2627/0001", "23-11-2026", "Asha Rao", "12 MG Road", "Maharashtra (27)", "999293",
                "Data analytics programme", "1,000.00", "90.00", "CGST", "SGST", "@9%",
                "Place of Supply: Maharashtra (27)", "reverse charge: No", "Total: INR 1,180.00",
                "Rupees One Thousand One Hundred Eighty Only", "HDFC0000123", "50200012345678",
                "Subject to Pune jurisdiction.");
    }

    @Test
    void anInterStateCreditNoteNamesItsInvoiceAndPrintsIgst() throws IOException {
        var line = new TaxedLine(1, "Programme", "999293", 1, 118_000, 0, GstRate.percent(18), 100_000, 0, 0, 18_000, 118_000);
        var buyer = InvoiceTestData.registeredBuyerIn("29");
        var document = new PrintableDocument(PrintableDocument.Kind.CREDIT_NOTE, "CN/2627/0001", LocalDate.of(2026, 12, 1),
                InvoiceTestData.supplier(), buyer, InvoiceTestData.KARNATAKA, InvoiceTestData.KARNATAKA, SupplyType.INTER_STATE,
                false, List.of(line), InvoiceTotals.of(List.of(line), false), AmountInWords.of(118_000), "MAS101/2627/0007",
                LocalDate.of(2026, 11, 23), "Withdrawn before start", TERMS, null);

        String text = text(renderer.render(document));

        assertThat(text).contains("CREDIT NOTE", "CN/2627/0001", "Against Invoice No: MAS101/2627/0007", "23-11-2026",
                "GSTIN: " + buyer.gstin().value(), "Karnataka (29)", "IGST", "180.00 @18%", "Withdrawn before start");
    }

    @Test
    void aUnionTerritoryPrintsUtgstAndFiftyLinesFlowOntoMorePages() throws IOException {
        var chandigarh = new GstState("04", "Chandigarh");
        List<TaxedLine> lines = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            lines.add(new TaxedLine(i, "Session " + i, "999293", 1, 1_000, 0, GstRate.percent(18), 1_000, 90, 90, 0, 1_180));
        }
        var document = new PrintableDocument(PrintableDocument.Kind.TAX_INVOICE, "DRO/2627/0001", LocalDate.of(2026, 11, 23),
                InvoiceTestData.supplier(), new in.mrmentor.invoice.Buyer("Priya \u0915", null, "04", null, null), chandigarh,
                chandigarh, SupplyType.INTRA_STATE, false, lines, InvoiceTotals.of(lines, false), AmountInWords.of(59_000),
                null, null, null, DocumentTerms.defaults(), null);

        byte[] pdf = renderer.render(document);

        String text = text(pdf);
        assertThat(text).contains("UTGST", "Session 50", "Priya ?");
        try (var loaded = Loader.loadPDF(pdf)) {
            assertThat(loaded.getNumberOfPages()).isGreaterThan(1);
        }
    }

    @Test
    void rupeesAreGroupedTheIndianWay() {
        assertThat(PdfBoxInvoiceRenderer.money(1_234_567_890L)).isEqualTo("1,23,45,678.90");
        assertThat(PdfBoxInvoiceRenderer.money(99_900)).isEqualTo("999.00");
        assertThat(PdfBoxInvoiceRenderer.money(100_000)).isEqualTo("1,000.00");
    }
}
