package in.mrmentor.invoice;

import in.mrmentor.invoice.port.Invoices;
import in.mrmentor.invoice.port.SeriesCounters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks what was issued against the rules, as {@code mas audit invoices} reports it: every series of
 * every financial year numbered 1..n with no gap and its counter at n; every invoice's lines taxed as
 * the rules tax them now and its totals the sums of its lines; every credit note within its invoice.
 * Answers the first mismatch, or none.
 */
public final class AuditInvoices {

    /** What the audit saw; {@code mismatch} is empty when everything holds. */
    public record Result(int invoices, int creditNotes, int series, Optional<String> mismatch) {
        public boolean ok() {
            return mismatch.isEmpty();
        }
    }

    private final Invoices invoices;
    private final SeriesCounters counters;
    private final InvoicingTerms terms;

    public AuditInvoices(Invoices invoices, SeriesCounters counters, InvoicingTerms terms) {
        this.invoices = invoices;
        this.counters = counters;
        this.terms = terms;
    }

    /** Every financial year any series has numbered. */
    public Result audit() {
        return audit(counters.years());
    }

    public Result audit(List<FinancialYear> years) {
        int invoiceCount = 0;
        int noteCount = 0;
        int seriesCount = 0;
        for (FinancialYear year : new TreeSet<>(years)) {
            List<Invoice> issued;
            List<CreditNote> notes;
            try {
                issued = invoices.inYear(year);
                notes = invoices.creditNotesInYear(year);
            } catch (RuntimeException unreadable) {
                // A row edited by hand so that it no longer adds up cannot be read back as a document.
                return new Result(invoiceCount, noteCount, seriesCount, Optional.of(unreadable.getMessage()));
            }
            invoiceCount += issued.size();
            noteCount += notes.size();
            Map<String, List<Long>> numbers = new TreeMap<>();
            issued.forEach(i -> numbers.computeIfAbsent(i.number().prefix(), k -> new ArrayList<>()).add(i.number().sequence()));
            notes.forEach(n -> numbers.computeIfAbsent(n.number().prefix(), k -> new ArrayList<>()).add(n.number().sequence()));
            for (String prefix : terms.prefixes().values()) {
                numbers.putIfAbsent(prefix, new ArrayList<>());
            }
            for (var series : numbers.entrySet()) {
                var gap = gapIn(series.getKey(), year, series.getValue());
                if (gap.isPresent()) {
                    return new Result(invoiceCount, noteCount, seriesCount, gap);
                }
                if (!series.getValue().isEmpty()) {
                    seriesCount++;
                }
            }
            for (Invoice invoice : issued) {
                var problem = recompute(invoice);
                if (problem.isPresent()) {
                    return new Result(invoiceCount, noteCount, seriesCount, problem);
                }
            }
            for (CreditNote note : notes) {
                var problem = withinInvoice(note);
                if (problem.isPresent()) {
                    return new Result(invoiceCount, noteCount, seriesCount, problem);
                }
            }
        }
        return new Result(invoiceCount, noteCount, seriesCount, Optional.empty());
    }

    private Optional<String> gapIn(String prefix, FinancialYear year, List<Long> sequences) {
        List<Long> sorted = new ArrayList<>(sequences);
        sorted.sort(Long::compare);
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i) != i + 1) {
                return Optional.of("series " + prefix + " " + year.label() + ": expected number " + (i + 1) + " but found "
                        + sorted.get(i) + (sorted.get(i) == i ? " twice" : " (a gap)"));
            }
        }
        long last = counters.last(prefix, year);
        if (last != sorted.size()) {
            return Optional.of("series " + prefix + " " + year.label() + ": counter at " + last + " but "
                    + sorted.size() + " document(s) issued");
        }
        return Optional.empty();
    }

    private Optional<String> recompute(Invoice invoice) {
        String number = invoice.number().text();
        var supply = SupplyType.between(invoice.supplier().state().code(), invoice.placeOfSupply().code());
        if (supply != invoice.supplyType()) {
            return Optional.of(number + ": supply type " + invoice.supplyType() + " but supplier and place of supply make it " + supply);
        }
        long taxable = 0;
        long cgst = 0;
        long sgst = 0;
        long igst = 0;
        for (TaxedLine line : invoice.lines()) {
            TaxedLine expected;
            try {
                var item = new LineItem(line.description(), line.sacCode(), line.quantity(), line.unitPricePaise(), line.discountPaise());
                expected = TaxComputation.taxLine(line.lineNo(), new TaxComputation.RatedLine(item, line.sacCode(), line.rate()),
                        supply, invoice.pricesIncludeTax());
            } catch (RuntimeException e) {
                return Optional.of(number + " line " + line.lineNo() + ": " + e.getMessage());
            }
            if (!expected.equals(line)) {
                return Optional.of(number + " line " + line.lineNo() + ": recorded taxable " + line.taxablePaise() + ", cgst "
                        + line.cgstPaise() + ", sgst " + line.sgstPaise() + ", igst " + line.igstPaise()
                        + " but the rules give " + expected.taxablePaise() + ", " + expected.cgstPaise() + ", "
                        + expected.sgstPaise() + ", " + expected.igstPaise());
            }
            taxable += line.taxablePaise();
            cgst += line.cgstPaise();
            sgst += line.sgstPaise();
            igst += line.igstPaise();
        }
        var t = invoice.totals();
        long beforeRounding = taxable + cgst + sgst + igst;
        boolean roundOffFits = t.roundOffPaise() == 0
                || t.roundOffPaise() == TaxComputation.roundHalfUp(beforeRounding, 100) * 100 - beforeRounding;
        if (t.taxablePaise() != taxable || t.cgstPaise() != cgst || t.sgstPaise() != sgst || t.igstPaise() != igst
                || !roundOffFits || t.totalPaise() != beforeRounding + t.roundOffPaise()) {
            return Optional.of(number + ": totals " + t + " are not the sums of its lines");
        }
        return Optional.empty();
    }

    private Optional<String> withinInvoice(CreditNote note) {
        var invoice = invoices.find(note.invoiceId());
        if (invoice.isEmpty()) {
            return Optional.of(note.number().text() + ": its invoice is missing");
        }
        long credited = invoices.creditNotesOf(note.invoiceId()).stream().mapToLong(n -> n.totals().totalPaise()).sum();
        long total = invoice.get().lines().stream().mapToLong(TaxedLine::totalPaise).sum();
        if (credited > total) {
            return Optional.of(invoice.get().number().text() + ": credited " + credited + " paise of " + total);
        }
        long lines = note.lines().stream().mapToLong(TaxedLine::totalPaise).sum();
        if (lines != note.totals().totalPaise()) {
            return Optional.of(note.number().text() + ": totals are not the sums of its lines");
        }
        return Optional.empty();
    }
}
