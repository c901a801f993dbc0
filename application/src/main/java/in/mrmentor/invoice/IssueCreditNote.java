package in.mrmentor.invoice;

import in.mrmentor.invoice.port.DocumentJobs;
import in.mrmentor.invoice.port.GstAuditLog;
import in.mrmentor.invoice.port.Invoices;
import in.mrmentor.invoice.port.SeriesCounters;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Issues a credit note against an invoice (CGST Rule 53) in the {@code CN} series of the current
 * financial year: the whole remainder, or tax-inclusive amounts per line split back at each line's
 * rate. The invoice row is held locked, so two credit notes for one remainder are taken one after the
 * other and the second finds nothing left (409 {@code CREDIT_EXCEEDS_INVOICE}).
 */
public final class IssueCreditNote {

    /** A tax-inclusive amount to credit on one line of the invoice. */
    public record LineCredit(int lineNo, long amountPaise) {
    }

    /** @param lines null or empty for the whole remainder */
    public record Command(UUID invoiceId, String reason, List<LineCredit> lines, String trigger) {
        public Command {
            var validation = new Validation()
                    .require(invoiceId != null, "invoiceId", "is required")
                    .requireText(reason, "reason", 500)
                    .requireText(trigger, "trigger", 200);
            lines = lines == null ? List.of() : List.copyOf(lines);
            validation.require(lines.size() <= IssueInvoice.MAX_LINES, "lines", "must hold at most " + IssueInvoice.MAX_LINES);
            for (int i = 0; i < lines.size(); i++) {
                validation.require(lines.get(i).lineNo() >= 1, "lines[" + i + "].lineNo", "must be a line of the invoice")
                        .require(lines.get(i).amountPaise() > 0 && lines.get(i).amountPaise() < LineItem.MAX_AMOUNT_PAISE,
                                "lines[" + i + "].amountPaise", "must be above 0");
            }
            validation.orThrow();
        }
    }

    private final Invoices invoices;
    private final SeriesCounters counters;
    private final GstAuditLog audit;
    private final DocumentJobs documents;
    private final InvoicingTerms terms;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public IssueCreditNote(Invoices invoices, SeriesCounters counters, GstAuditLog audit, DocumentJobs documents,
                           InvoicingTerms terms, Transactions transactions, Clock clock, Ids ids) {
        this.invoices = invoices;
        this.counters = counters;
        this.audit = audit;
        this.documents = documents;
        this.terms = terms;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /** @throws in.mrmentor.shared.DomainException 404 {@code INVOICE_NOT_FOUND}, 409 {@code CREDIT_EXCEEDS_INVOICE} */
    public CreditNote issue(Command command) {
        Objects.requireNonNull(command, "command");
        return transactions.inTransaction(() -> {
            var invoice = invoices.lock(command.invoiceId()).orElseThrow(InvoiceErrors::invoiceNotFound);
            return issueOn(invoice, command.reason(), command.lines(), command.trigger(), null);
        });
    }

    /**
     * The credit note of a gateway refund, once per refund id: a refund of the whole remainder or
     * more credits the remainder; a partial refund credits the invoice's lines in order.
     */
    public java.util.Optional<CreditNote> creditRefund(UUID invoiceId, String refundId, long amountPaise) {
        return transactions.inTransaction(() -> {
            var invoice = invoices.lock(invoiceId).orElseThrow(InvoiceErrors::invoiceNotFound);
            if (invoices.creditNoteForRefund(refundId).isPresent()) {
                return java.util.Optional.<CreditNote>empty();
            }
            var remaining = remainingByLine(invoice);
            List<LineCredit> credits = new ArrayList<>();
            long left = amountPaise;
            for (TaxedLine line : invoice.lines()) {
                long take = Math.min(left, remaining.get(line.lineNo()));
                if (take > 0) {
                    credits.add(new LineCredit(line.lineNo(), take));
                    left -= take;
                }
            }
            if (credits.isEmpty()) {
                return java.util.Optional.<CreditNote>empty();
            }
            return java.util.Optional.of(issueOn(invoice, "Refund " + refundId, credits, "gateway-refund:" + refundId, refundId));
        });
    }

    /** What remains to credit on each line, tax-inclusive. */
    public Map<Integer, Long> remainingByLine(Invoice invoice) {
        Map<Integer, Long> remaining = new HashMap<>();
        for (TaxedLine line : invoice.lines()) {
            remaining.put(line.lineNo(), line.totalPaise());
        }
        for (CreditNote note : invoices.creditNotesOf(invoice.id())) {
            for (TaxedLine credited : note.lines()) {
                remaining.merge(credited.lineNo(), -credited.totalPaise(), Long::sum);
            }
        }
        return remaining;
    }

    private CreditNote issueOn(Invoice invoice, String reason, List<LineCredit> requested, String trigger, String refundId) {
        var remaining = remainingByLine(invoice);
        long remainder = remaining.values().stream().mapToLong(Long::longValue).sum();
        List<LineCredit> credits = requested.isEmpty() ? wholeRemainder(invoice, remaining) : requested;
        if (credits.isEmpty()) {
            throw InvoiceErrors.creditExceedsInvoice(remainder);
        }
        Map<Integer, TaxedLine> originals = new HashMap<>();
        invoice.lines().forEach(line -> originals.put(line.lineNo(), line));
        Map<Integer, Long> asked = new HashMap<>();
        var validation = new Validation();
        for (int i = 0; i < credits.size(); i++) {
            LineCredit credit = credits.get(i);
            validation.require(originals.containsKey(credit.lineNo()), "lines[" + i + "].lineNo",
                    "must be a line of the invoice (1 to " + invoice.lines().size() + ")");
            asked.merge(credit.lineNo(), credit.amountPaise(), Long::sum);
        }
        validation.orThrow();
        for (var entry : asked.entrySet()) {
            if (entry.getValue() > remaining.get(entry.getKey())) {
                throw InvoiceErrors.creditExceedsInvoice(remainder);
            }
        }
        List<TaxedLine> lines = new ArrayList<>();
        for (var entry : new java.util.TreeMap<>(asked).entrySet()) {
            lines.add(creditedLine(invoice, originals.get(entry.getKey()), entry.getValue(), remaining.get(entry.getKey())));
        }
        var now = clock.instant();
        var year = FinancialYear.of(now, terms.businessZone());
        String prefix = terms.prefixOf(InvoiceSeries.CN);
        long sequence = counters.next(prefix, year);
        if (!InvoiceNumber.fits(prefix, sequence)) {
            throw InvoiceErrors.seriesExhausted(prefix, year);
        }
        var note = new CreditNote(ids.next(), invoice.id(), new InvoiceNumber(prefix, year, sequence), invoice.number(),
                invoice.issuedAt(), now, reason, lines, InvoiceTotals.of(lines, false), trigger);
        invoices.addCreditNote(note);
        if (refundId != null) {
            invoices.linkRefund(note.id(), refundId);
        }
        audit.append(GstAuditEntry.of(ids.next(), now, GstAuditEntry.Action.CREDIT_NOTE_ISSUED, invoice.id(),
                note.number().text(), trigger, "credits " + note.totals().totalPaise() + " paise of " + invoice.number()));
        documents.renderAndMail(note.id());
        return note;
    }

    private static List<LineCredit> wholeRemainder(Invoice invoice, Map<Integer, Long> remaining) {
        List<LineCredit> credits = new ArrayList<>();
        for (TaxedLine line : invoice.lines()) {
            if (remaining.get(line.lineNo()) > 0) {
                credits.add(new LineCredit(line.lineNo(), remaining.get(line.lineNo())));
            }
        }
        return credits;
    }

    /**
     * The credited part of a line. Crediting all that remains takes exactly the remaining taxable value
     * and taxes, so an invoice credited in full is reversed to the paisa; a part is split back at the
     * line's rate.
     */
    private TaxedLine creditedLine(Invoice invoice, TaxedLine original, long amount, long lineRemainder) {
        if (amount == lineRemainder) {
            long taxable = original.taxablePaise();
            long cgst = original.cgstPaise();
            long sgst = original.sgstPaise();
            long igst = original.igstPaise();
            for (CreditNote note : invoices.creditNotesOf(invoice.id())) {
                for (TaxedLine credited : note.lines()) {
                    if (credited.lineNo() == original.lineNo()) {
                        taxable -= credited.taxablePaise();
                        cgst -= credited.cgstPaise();
                        sgst -= credited.sgstPaise();
                        igst -= credited.igstPaise();
                    }
                }
            }
            if (taxable >= 0 && cgst >= 0 && sgst >= 0 && igst >= 0) {
                return new TaxedLine(original.lineNo(), original.description(), original.sacCode(), 1, amount, 0,
                        original.rate(), taxable, cgst, sgst, igst, amount);
            }
        }
        var split = TaxComputation.splitInclusive(original.lineNo(), original.description(), original.sacCode(),
                original.rate(), amount, invoice.supplyType());
        return split;
    }
}
