package in.mrmentor.external.invoice;

import in.mrmentor.invoice.PrintableDocument;
import in.mrmentor.invoice.TaxedLine;
import in.mrmentor.invoice.port.InvoiceRenderer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders tax invoices and credit notes with PDFBox: every particular of CGST Rules 46 and 53, the
 * amount in words, the bank block and the terms, on as many A4 pages as the lines need. The standard
 * Helvetica fonts carry Latin text only, so a character they cannot draw is printed as '?'; amounts are
 * written "INR" rather than with the rupee sign for the same reason.
 */
public final class PdfBoxInvoiceRenderer implements InvoiceRenderer {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final float MARGIN = 40;
    private static final float LEADING = 13;

    @Override
    public byte[] render(PrintableDocument document) {
        try (PDDocument pdf = new PDDocument()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(document.kind().title() + " " + document.number());
            info.setAuthor(document.supplier().legalName());
            pdf.setDocumentInformation(info);
            try (var writer = new Writer(pdf)) {
                write(writer, document);
            }
            var out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render " + document.number(), e);
        }
    }

    private static void write(Writer w, PrintableDocument d) throws IOException {
        var s = d.supplier();
        w.line(w.bold, 16, d.kind().title().toUpperCase(java.util.Locale.ROOT));
        w.gap();
        w.line(w.bold, 11, s.legalName());
        if (!s.legalName().equals(s.name())) {
            w.line(w.regular, 9, "Trading as " + s.name());
        }
        for (String address : s.addressLines()) {
            w.line(w.regular, 9, address);
        }
        w.line(w.regular, 9, "GSTIN: " + s.gstin() + "   State: " + s.state().name() + " (" + s.state().code() + ")");
        w.line(w.regular, 9, join("   ", label("Email", s.email()), label("Phone", s.phone()), label("Web", s.website())));
        w.gap();
        w.line(w.bold, 10, d.kind().title() + " No: " + d.number() + "      Date: " + DATE.format(d.date()));
        if (d.originalNumber() != null) {
            w.line(w.regular, 9, "Against Invoice No: " + d.originalNumber() + "      Invoice Date: " + DATE.format(d.originalDate()));
        }
        if (d.reason() != null) {
            w.line(w.regular, 9, "Reason: " + d.reason());
        }
        w.line(w.regular, 9, "Place of Supply: " + d.placeOfSupply().name() + " (" + d.placeOfSupply().code() + ")      "
                + "Supply: " + (d.supplyType().name().equals("INTRA_STATE") ? "Intra-state" : "Inter-state")
                + "      Tax payable on reverse charge: " + (d.reverseCharge() ? "Yes" : "No"));
        if (d.irn() != null) {
            w.line(w.regular, 9, "IRN: " + d.irn());
        }
        w.gap();
        var b = d.buyer();
        w.line(w.bold, 10, "Bill To");
        w.line(w.regular, 9, b.name());
        if (b.address() != null && !b.address().isBlank()) {
            w.line(w.regular, 9, b.address());
        }
        w.line(w.regular, 9, b.gstin() != null ? "GSTIN: " + b.gstin() + "   State: " + d.buyerState().name()
                + " (" + d.buyerState().code() + ")" : "Unregistered   State: " + d.buyerState().name() + " (" + d.buyerState().code() + ")");
        if (b.email() != null && !b.email().isBlank()) {
            w.line(w.regular, 9, "Email: " + b.email());
        }
        w.gap();
        boolean intra = d.supplyType().name().equals("INTRA_STATE");
        String second = d.utgst() ? "UTGST" : "SGST";
        float[] x = {MARGIN, MARGIN + 22, MARGIN + 190, MARGIN + 235, MARGIN + 265, MARGIN + 325, MARGIN + 370, MARGIN + 420,
                MARGIN + 470};
        w.row(w.bold, 8, x, intra
                ? new String[] {"#", "Description", "SAC", "Qty", "Rate", "Disc.", "Taxable", "CGST", second}
                : new String[] {"#", "Description", "SAC", "Qty", "Rate", "Disc.", "Taxable", "IGST", ""});
        for (TaxedLine line : d.lines()) {
            w.row(w.regular, 8, x, new String[] {String.valueOf(line.lineNo()), cut(line.description(), 34), line.sacCode(),
                    String.valueOf(line.quantity()), money(line.unitPricePaise()), money(line.discountPaise()),
                    money(line.taxablePaise()),
                    intra ? money(line.cgstPaise()) + " @" + half(line) : money(line.igstPaise()) + " @" + line.rate() + "%",
                    intra ? money(line.sgstPaise()) + " @" + half(line) : ""});
        }
        w.gap();
        var t = d.totals();
        w.line(w.regular, 9, "Taxable value: INR " + money(t.taxablePaise()));
        if (intra) {
            w.line(w.regular, 9, "CGST: INR " + money(t.cgstPaise()) + "     " + second + ": INR " + money(t.sgstPaise()));
        } else {
            w.line(w.regular, 9, "IGST: INR " + money(t.igstPaise()));
        }
        if (t.roundOffPaise() != 0) {
            w.line(w.regular, 9, "Round off: INR " + money(t.roundOffPaise()));
        }
        w.line(w.bold, 10, "Total: INR " + money(t.totalPaise()));
        w.line(w.regular, 9, "Amount in words: " + d.amountInWords());
        var bank = d.terms().bank();
        if (!bank.isEmpty()) {
            w.gap();
            w.line(w.bold, 9, "Bank details");
            w.line(w.regular, 9, join("   ", label("Account name", bank.accountName()), label("Bank", bank.bankName())));
            w.line(w.regular, 9, join("   ", label("Account no", bank.accountNumber()), label("IFSC", bank.ifsc()),
                    label("Branch", bank.branch())));
        }
        if (!d.terms().terms().isEmpty()) {
            w.gap();
            w.line(w.bold, 9, "Terms and conditions");
            int n = 1;
            for (String term : d.terms().terms()) {
                w.line(w.regular, 8, (n++) + ". " + term);
            }
        }
        w.gap();
        w.line(w.regular, 8, "For " + s.legalName() + " - Authorised Signatory. This is a computer-generated document.");
    }

    private static String half(TaxedLine line) {
        return new in.mrmentor.invoice.GstRate(line.rate().basisPoints() / 2).toString() + "%";
    }

    private static String label(String label, String value) {
        return value == null || value.isBlank() ? "" : label + ": " + value;
    }

    private static String join(String separator, String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (!part.isEmpty()) {
                kept.add(part);
            }
        }
        return String.join(separator, kept);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "~";
    }

    static String money(long paise) {
        String sign = paise < 0 ? "-" : "";
        long abs = Math.abs(paise);
        return sign + indianGrouping(abs / 100) + "." + String.format("%02d", abs % 100);
    }

    /** 1,23,45,678: the last three digits, then groups of two. */
    static String indianGrouping(long rupees) {
        String digits = Long.toString(rupees);
        if (digits.length() <= 3) {
            return digits;
        }
        String last3 = digits.substring(digits.length() - 3);
        StringBuilder rest = new StringBuilder(digits.substring(0, digits.length() - 3));
        for (int i = rest.length() - 2; i > 0; i -= 2) {
            rest.insert(i, ',');
        }
        return rest + "," + last3;
    }

    /** Writes lines top-down, starting a new page when one is full. */
    private static final class Writer implements AutoCloseable {
        final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final PDDocument pdf;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument pdf) throws IOException {
            this.pdf = pdf;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            var page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        void gap() throws IOException {
            advance(LEADING / 2);
        }

        private void advance(float by) throws IOException {
            y -= by;
            if (y < MARGIN) {
                newPage();
            }
        }

        void line(PDType1Font font, float size, String text) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            for (String piece : wrap(font, size, drawable(font, text), 595 - 2 * MARGIN)) {
                advance(LEADING);
                show(font, size, MARGIN, piece);
            }
        }

        void row(PDType1Font font, float size, float[] x, String[] cells) throws IOException {
            advance(LEADING);
            for (int i = 0; i < cells.length; i++) {
                if (!cells[i].isEmpty()) {
                    show(font, size, x[i], drawable(font, cells[i]));
                }
            }
        }

        private void show(PDType1Font font, float size, float at, String text) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(at, y);
            stream.showText(text);
            stream.endText();
        }

        private static List<String> wrap(PDType1Font font, float size, String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (current.length() > 0 && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
            return lines;
        }

        /** The text with every character the font cannot encode replaced by '?'. */
        private static String drawable(PDType1Font font, String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                String c = new String(Character.toChars(cp));
                try {
                    font.encode(c);
                    out.append(c);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }
}
