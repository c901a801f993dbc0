package in.mrmentor.invoice.port.memory;

import in.mrmentor.invoice.CreditNote;
import in.mrmentor.invoice.FinancialYear;
import in.mrmentor.invoice.Invoice;
import in.mrmentor.invoice.port.InvoiceFilter;
import in.mrmentor.invoice.port.Invoices;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryInvoices implements Invoices, InMemoryTransactions.Participant {
    private final Map<UUID, Invoice> invoices = new LinkedHashMap<>();
    private final Map<UUID, CreditNote> notes = new LinkedHashMap<>();
    private final Map<String, UUID> refunds = new HashMap<>();

    @Override
    public synchronized void add(Invoice invoice) {
        boolean taken = invoices.values().stream().anyMatch(i -> i.number().text().equals(invoice.number().text())
                || invoice.paymentId() != null && invoice.paymentId().equals(i.paymentId()));
        if (taken || invoices.containsKey(invoice.id())) {
            throw new IllegalStateException("invoice number or payment already invoiced: " + invoice.number());
        }
        invoices.put(invoice.id(), invoice);
    }

    @Override
    public synchronized Optional<Invoice> find(UUID id) {
        return Optional.ofNullable(invoices.get(id));
    }

    @Override
    public synchronized Optional<Invoice> findByNumber(String number) {
        return invoices.values().stream().filter(i -> i.number().text().equals(number)).findFirst();
    }

    @Override
    public synchronized Optional<Invoice> findByPayment(UUID paymentId) {
        return invoices.values().stream().filter(i -> paymentId.equals(i.paymentId())).findFirst();
    }

    @Override
    public Optional<Invoice> lock(UUID id) {
        return find(id);
    }

    @Override
    public synchronized List<Invoice> list(InvoiceFilter filter, PageRequest<TimeKey> page) {
        List<Invoice> matching = invoices.values().stream().filter(i -> matches(i, filter)).toList();
        return page.take(matching, i -> new TimeKey(i.issuedAt(), i.id()), TimeKey.NEWEST_FIRST);
    }

    private static boolean matches(Invoice invoice, InvoiceFilter filter) {
        if (filter.year() != null && !invoice.year().equals(filter.year())) {
            return false;
        }
        if (filter.series() != null && invoice.series() != filter.series()) {
            return false;
        }
        if (filter.from() != null && invoice.issuedAt().isBefore(filter.from())) {
            return false;
        }
        if (filter.to() != null && !invoice.issuedAt().isBefore(filter.to())) {
            return false;
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            String q = filter.q().toLowerCase(Locale.ROOT);
            var buyer = invoice.buyer();
            return invoice.number().text().toLowerCase(Locale.ROOT).contains(q)
                    || buyer.name().toLowerCase(Locale.ROOT).contains(q)
                    || buyer.email() != null && buyer.email().toLowerCase(Locale.ROOT).contains(q)
                    || buyer.gstin() != null && buyer.gstin().value().toLowerCase(Locale.ROOT).contains(q);
        }
        return true;
    }

    @Override
    public synchronized List<Invoice> issuedBetween(Instant from, Instant to) {
        return invoices.values().stream()
                .filter(i -> !i.issuedAt().isBefore(from) && i.issuedAt().isBefore(to))
                .sorted(Comparator.comparing(Invoice::issuedAt).thenComparing(Invoice::id)).toList();
    }

    @Override
    public synchronized List<Invoice> inYear(FinancialYear year) {
        return invoices.values().stream().filter(i -> i.year().equals(year))
                .sorted(Comparator.comparing((Invoice i) -> i.number().prefix()).thenComparing(i -> i.number().sequence()))
                .toList();
    }

    @Override
    public synchronized void addCreditNote(CreditNote note) {
        boolean taken = notes.values().stream().anyMatch(n -> n.number().text().equals(note.number().text()));
        if (taken || notes.containsKey(note.id())) {
            throw new IllegalStateException("credit note number taken: " + note.number());
        }
        notes.put(note.id(), note);
    }

    @Override
    public synchronized List<CreditNote> creditNotesOf(UUID invoiceId) {
        return notes.values().stream().filter(n -> n.invoiceId().equals(invoiceId))
                .sorted(Comparator.comparing(n -> n.number().sequence())).toList();
    }

    @Override
    public synchronized Optional<CreditNote> findCreditNote(UUID id) {
        return Optional.ofNullable(notes.get(id));
    }

    @Override
    public synchronized Optional<CreditNote> creditNoteForRefund(String gatewayRefundId) {
        return Optional.ofNullable(refunds.get(gatewayRefundId)).map(notes::get);
    }

    @Override
    public synchronized void linkRefund(UUID creditNoteId, String gatewayRefundId) {
        if (refunds.putIfAbsent(gatewayRefundId, creditNoteId) != null) {
            throw new IllegalStateException("refund already credited: " + gatewayRefundId);
        }
    }

    @Override
    public synchronized List<CreditNote> creditNotesBetween(Instant from, Instant to) {
        return notes.values().stream().filter(n -> !n.issuedAt().isBefore(from) && n.issuedAt().isBefore(to))
                .sorted(Comparator.comparing(CreditNote::issuedAt).thenComparing(CreditNote::id)).toList();
    }

    @Override
    public synchronized List<CreditNote> creditNotesInYear(FinancialYear year) {
        return notes.values().stream().filter(n -> n.number().year().equals(year))
                .sorted(Comparator.comparing(n -> n.number().sequence())).toList();
    }

    @Override
    public synchronized Runnable snapshot() {
        var invoiceCopy = new LinkedHashMap<>(invoices);
        var noteCopy = new LinkedHashMap<>(notes);
        var refundCopy = new HashMap<>(refunds);
        return () -> {
            synchronized (this) {
                invoices.clear();
                invoices.putAll(invoiceCopy);
                notes.clear();
                notes.putAll(noteCopy);
                refunds.clear();
                refunds.putAll(refundCopy);
            }
        };
    }

    /** Every invoice, for assertions. */
    public synchronized List<Invoice> all() {
        return new ArrayList<>(invoices.values());
    }
}
