package in.mrmentor.external.hiring;

import in.mrmentor.hiring.ResumeFormat;
import in.mrmentor.hiring.port.ResumeText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A resume's text: PDFBox for PDFs (at most the first 50 pages), UTF-8 for text files. */
public final class PdfResumeText implements ResumeText {
    static final int MAX_PAGES = 50;

    @Override
    public String extract(byte[] content, String contentType) {
        if (!ResumeFormat.PDF.equals(contentType)) {
            return new String(content, StandardCharsets.UTF_8);
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            var stripper = new PDFTextStripper();
            stripper.setEndPage(Math.min(document.getNumberOfPages(), MAX_PAGES));
            return stripper.getText(document);
        } catch (IOException e) {
            throw new IllegalArgumentException("the PDF cannot be read: " + e.getMessage(), e);
        }
    }
}
