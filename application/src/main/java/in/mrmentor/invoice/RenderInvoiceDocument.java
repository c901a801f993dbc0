package in.mrmentor.invoice;

import in.mrmentor.invoice.port.DocumentStore;
import in.mrmentor.invoice.port.GstAuditLog;
import in.mrmentor.invoice.port.GstStates;
import in.mrmentor.invoice.port.InvoiceRenderer;
import in.mrmentor.invoice.port.Invoices;
import in.mrmentor.invoice.port.RenderedDocuments;
import in.mrmentor.jobs.JobType;
import in.mrmentor.mail.MailAttachment;
import in.mrmentor.mail.Mailer;
import in.mrmentor.mail.OutgoingEmail;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The background half of an issue: renders an invoice or credit note to PDF, stores it under
 * {@code GLOBAL_INVOICE_S3_PREFIX/FY/number.pdf} and mails it to the buyer (finance and admin in Cc,
 * the PDF attached) through the outbox, each step once however often the job is delivered. A PDF asked for before its job ran
 * is rendered on the spot.
 */
public final class RenderInvoiceDocument {
    /** The job type of the background rendering. */

    /** A rendered document: its number, its key in the store and its bytes. */
    public record Pdf(String number, String key, byte[] bytes) {
    }

    private final Invoices invoices;
    private final GstStates states;
    private final RenderedDocuments documents;
    private final DocumentStore store;
    private final InvoiceRenderer renderer;
    private final Mailer mailer;
    private final GstAuditLog audit;
    private final InvoicingTerms terms;
    private final DocumentTerms documentTerms;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public RenderInvoiceDocument(Invoices invoices, GstStates states, RenderedDocuments documents, DocumentStore store,
                                 InvoiceRenderer renderer, Mailer mailer, GstAuditLog audit, InvoicingTerms terms,
                                 DocumentTerms documentTerms, Transactions transactions, Clock clock, Ids ids) {
        this.invoices = invoices;
        this.states = states;
        this.documents = documents;
        this.store = store;
        this.renderer = renderer;
        this.mailer = mailer;
        this.audit = audit;
        this.terms = terms;
        this.documentTerms = documentTerms;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /** The job: render and store if not yet done, then mail if not yet mailed. Unknown ids are left alone. */
    public void renderAndMail(UUID documentId) {
        transactions.run(() -> {
            var printable = printable(documentId);
            if (printable.isEmpty()) {
                return;
            }
            Pdf pdf = documents.lock(documentId)
                    .flatMap(stored -> store.get(stored.key()).map(bytes -> new Pdf(printable.get().number(), stored.key(), bytes)))
                    .orElseGet(() -> storeOnce(documentId, printable.get(), "job:" + JobType.INVOICE_PDF));
            var locked = documents.lock(documentId).orElseThrow();
            if (locked.mailedAt() == null) {
                mail(printable.get(), pdf);
                documents.markMailed(documentId, clock.instant());
                audit.append(GstAuditEntry.of(ids.next(), clock.instant(), GstAuditEntry.Action.MAILED,
                        invoiceIdOf(documentId), printable.get().number(), "job:" + JobType.INVOICE_PDF, "to " + recipients(printable.get())));
            }
        });
    }

    /** The PDF of an invoice or credit note, rendered now when its job has not run yet. */
    public Optional<Pdf> pdf(UUID documentId, String actor) {
        var known = documents.find(documentId);
        if (known.isPresent()) {
            var bytes = store.get(known.get().key());
            if (bytes.isPresent()) {
                var number = printable(documentId).map(PrintableDocument::number).orElse("");
                return Optional.of(new Pdf(number, known.get().key(), bytes.get()));
            }
        }
        return transactions.inTransaction(() -> printable(documentId).map(p -> storeOnce(documentId, p, actor)));
    }

    private Pdf storeOnce(UUID documentId, PrintableDocument printable, String actor) {
        String key = documentTerms.keyOf(numberOf(printable));
        byte[] bytes = renderer.render(printable);
        store.put(key, bytes);
        if (documents.add(documentId, key, clock.instant())) {
            audit.append(GstAuditEntry.of(ids.next(), clock.instant(), GstAuditEntry.Action.PDF_RENDERED,
                    invoiceIdOf(documentId), printable.number(), actor, key));
        }
        return new Pdf(printable.number(), key, bytes);
    }

    private static InvoiceNumber numberOf(PrintableDocument printable) {
        String[] parts = printable.number().split("/");
        return new InvoiceNumber(parts[0], FinancialYear.parse(parts[1]), Long.parseLong(parts[2]));
    }

    private UUID invoiceIdOf(UUID documentId) {
        return invoices.find(documentId).map(Invoice::id)
                .orElseGet(() -> invoices.findCreditNote(documentId).map(CreditNote::invoiceId).orElse(null));
    }

    /** The document to print: the invoice of this id, or the credit note of this id with its invoice. */
    public Optional<PrintableDocument> printable(UUID documentId) {
        var invoice = invoices.find(documentId);
        if (invoice.isPresent()) {
            var i = invoice.get();
            return Optional.of(new PrintableDocument(PrintableDocument.Kind.TAX_INVOICE, i.number().text(), day(i.issuedAt()),
                    i.supplier(), i.buyer(), buyerState(i), i.placeOfSupply(), i.supplyType(), i.reverseCharge(), i.lines(),
                    i.totals(), AmountInWords.of(i.totals().totalPaise()), null, null, null, documentTerms, i.irn()));
        }
        var note = invoices.findCreditNote(documentId);
        if (note.isEmpty()) {
            return Optional.empty();
        }
        var n = note.get();
        var i = invoices.find(n.invoiceId()).orElseThrow();
        return Optional.of(new PrintableDocument(PrintableDocument.Kind.CREDIT_NOTE, n.number().text(), day(n.issuedAt()),
                i.supplier(), i.buyer(), buyerState(i), i.placeOfSupply(), i.supplyType(), i.reverseCharge(), n.lines(),
                n.totals(), AmountInWords.of(n.totals().totalPaise()), n.originalNumber().text(),
                day(n.originalIssuedAt()), n.reason(), documentTerms, null));
    }

    private GstState buyerState(Invoice invoice) {
        String code = invoice.buyer().declaredStateCode();
        return code == null ? invoice.placeOfSupply() : states.find(code).orElse(invoice.placeOfSupply());
    }

    private LocalDate day(java.time.Instant at) {
        return LocalDate.ofInstant(at, terms.businessZone());
    }

    private Set<String> recipients(PrintableDocument printable) {
        Set<String> to = new LinkedHashSet<>();
        for (String address : new String[] {printable.buyer().email(), documentTerms.financeEmail(), documentTerms.adminEmail()}) {
            if (address != null && !address.isBlank()) {
                to.add(address.strip());
            }
        }
        return to;
    }

    /**
     * One message: to the buyer, finance and admin in copy (the first of them is the recipient when
     * the buyer has no address), the PDF attached, its particulars in the body for a reader without
     * a PDF viewer.
     */
    private void mail(PrintableDocument printable, Pdf pdf) {
        List<String> recipients = List.copyOf(recipients(printable));
        if (recipients.isEmpty()) {
            return;
        }
        String subject = printable.kind().title() + " " + printable.number() + " from " + printable.supplier().name();
        String body = printable.kind().title() + " " + printable.number() + " dated " + printable.date() + "\n"
                + "Billed to: " + printable.buyer().name() + "\n"
                + "Taxable value: " + rupees(printable.totals().taxablePaise()) + "\n"
                + "Tax: " + rupees(printable.totals().taxPaise()) + "\n"
                + "Total: " + rupees(printable.totals().totalPaise()) + " (" + printable.amountInWords() + ")\n"
                + (printable.originalNumber() == null ? "" : "Against invoice " + printable.originalNumber()
                + " dated " + printable.originalDate() + "\n")
                + "The document is attached (" + fileName(printable) + ").\n"
                + "Issued by " + printable.supplier().legalName() + ", GSTIN " + printable.supplier().gstin() + "\n";
        mailer.send(new OutgoingEmail(recipients.get(0), subject, body, null)
                .copiedTo(recipients.subList(1, recipients.size()))
                .attaching(List.of(new MailAttachment(fileName(printable), "application/pdf", pdf.bytes()))));
    }

    /** The number as a file name: its slashes would read as folders to a mail client. */
    static String fileName(PrintableDocument printable) {
        return printable.number().replace('/', '-') + ".pdf";
    }

    static String rupees(long paise) {
        return String.format("INR %d.%02d", paise / 100, paise % 100);
    }
}
