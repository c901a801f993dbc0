package in.mrmentor.external.pap;

import in.mrmentor.pap.port.MouRenderer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The MOU as an A4 PDF with PDFBox: a bold title, then the text wrapped to the page, over as many
 * pages as it needs. The standard Helvetica font knows WinAnsi only, so any other character (₹,
 * Devanagari) is printed as {@code ?} rather than failing the whole document.
 */
public final class PdfBoxMouRenderer implements MouRenderer {
    private static final float MARGIN = 56;
    private static final float FONT_SIZE = 11;
    private static final float LEADING = 15;
    private static final int WRAP = 95;

    @Override
    public byte[] render(String title, String text) {
        var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            List<String> lines = wrap(text);
            int index = 0;
            boolean first = true;
            while (first || index < lines.size()) {
                var page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                float y = page.getMediaBox().getHeight() - MARGIN;
                try (var content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.newLineAtOffset(MARGIN, y);
                    content.setLeading(LEADING);
                    if (first) {
                        content.setFont(bold, 14);
                        content.showText(printable(regular, title));
                        content.newLine();
                        content.newLine();
                        y -= 2 * LEADING;
                        first = false;
                    }
                    content.setFont(regular, FONT_SIZE);
                    while (index < lines.size() && y > MARGIN) {
                        content.showText(printable(regular, lines.get(index++)));
                        content.newLine();
                        y -= LEADING;
                    }
                    content.endText();
                }
            }
            document.getDocumentInformation().setTitle(printable(regular, title));
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the MOU", e);
        }
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace("\r", "").split("\n", -1)) {
            String rest = paragraph.replace("\t", "    ");
            while (rest.length() > WRAP) {
                int cut = rest.lastIndexOf(' ', WRAP);
                if (cut <= 0) {
                    cut = WRAP;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut).stripLeading();
            }
            lines.add(rest);
        }
        return lines;
    }

    private static String printable(PDType1Font font, String line) {
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IllegalArgumentException | IOException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
