package in.mrmentor.invoice.port;

import in.mrmentor.invoice.CreditNote;
import in.mrmentor.invoice.FinancialYear;
import in.mrmentor.invoice.Invoice;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Issued invoices and their credit notes ({@code superadmin.tax_invoices}, {@code superadmin.credit_notes}).
 * Both are append-only: nothing here updates or deletes a document. An invoice number, and a payment,
 * belong to at most one invoice.
 */
public interface Invoices {

    void add(Invoice invoice);

    Optional<Invoice> find(UUID id);

    Optional<Invoice> findByNumber(String number);

    Optional<Invoice> findByPayment(UUID paymentId);

    /** The invoice, held until the unit of work ends, so credit notes against it are taken one at a time. */
    Optional<Invoice> lock(UUID id);

    /** Newest first by issue time, ties by ascending id. */
    List<Invoice> list(InvoiceFilter filter, PageRequest<TimeKey> page);

    /** Every invoice issued in the window, oldest first (reports, audits). */
    List<Invoice> issuedBetween(Instant from, Instant to);

    /** Every invoice of a financial year, by prefix and number. */
    List<Invoice> inYear(FinancialYear year);

    void addCreditNote(CreditNote note);

    List<CreditNote> creditNotesOf(UUID invoiceId);

    Optional<CreditNote> findCreditNote(UUID id);

    /** The credit note issued for a gateway refund, so a repeated refund event credits once. */
    Optional<CreditNote> creditNoteForRefund(String gatewayRefundId);

    void linkRefund(UUID creditNoteId, String gatewayRefundId);

    List<CreditNote> creditNotesBetween(Instant from, Instant to);

    List<CreditNote> creditNotesInYear(FinancialYear year);
}
