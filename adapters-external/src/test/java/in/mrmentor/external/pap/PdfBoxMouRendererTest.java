package in.mrmentor.external.pap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The MOU as a PDF: readable text, as many pages as it needs, characters Helvetica lacks as '?'. */
class PdfBoxMouRendererTest {

    @Test
    void rendersTheTextOverAsManyPagesAsItNeeds() throws Exception {
        StringBuilder text = new StringBuilder("Agreement with Asha Rao (PAN ABCPR1234K), fee capped at ₹5 lakh.\n");
        for (int i = 0; i < 120; i++) {
            text.append("Clause ").append(i).append(": the student reports every offer within seven days of receiving it.\n");
        }

        byte[] pdf = new PdfBoxMouRenderer().render("Memorandum of Understanding", text.toString());

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String read = new PDFTextStripper().getText(document);
            assertThat(read).contains("Memorandum of Understanding").contains("Asha Rao (PAN ABCPR1234K)")
                    .contains("?5 lakh").contains("Clause 119");
        }
    }
}
