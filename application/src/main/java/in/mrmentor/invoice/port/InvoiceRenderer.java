package in.mrmentor.invoice.port;

import in.mrmentor.invoice.PrintableDocument;

/** Turns a document into PDF bytes (a PDF library in an adapter). */
public interface InvoiceRenderer {

    byte[] render(PrintableDocument document);
}
