package in.mrmentor.bootstrap.invoice;

import in.mrmentor.invoice.DocumentTerms;
import in.mrmentor.invoice.InvoicePayment;
import in.mrmentor.invoice.InvoicingTerms;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Invoicing's settings ({@code GLOBAL_INVOICE_*}, seed 000): the terms every issue follows, what every
 * document prints and where it goes, the default line labels, the invoice bucket when S3 is used, and
 * the start-up warnings the reader found (the seed's silent no-ops, made loud).
 */
public record InvoiceSettings(InvoicingTerms terms, DocumentTerms documents, InvoicePayment.LineLabels labels,
                              Optional<String> bucket, List<String> warnings) {
    public InvoiceSettings {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(bucket, "bucket");
        warnings = List.copyOf(warnings);
    }
}
