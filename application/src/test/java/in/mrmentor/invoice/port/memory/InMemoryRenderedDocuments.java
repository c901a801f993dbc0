package in.mrmentor.invoice.port.memory;

import in.mrmentor.invoice.port.RenderedDocuments;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Rendered documents in a map. The documents waiting for a PDF are read from the invoices and credit
 * notes it is given, as the Jdbi adapter reads them from the invoice tables (it answered none before,
 * so the sweep of lost render jobs had no in-memory counterpart).
 */
public final class InMemoryRenderedDocuments implements RenderedDocuments, InMemoryTransactions.Participant {
    private final InMemoryInvoices invoices;
    private final Map<UUID, Rendered> rows = new LinkedHashMap<>();

    public InMemoryRenderedDocuments(InMemoryInvoices invoices) {
        this.invoices = invoices;
    }

    @Override
    public synchronized Optional<Rendered> find(UUID documentId) {
        return Optional.ofNullable(rows.get(documentId));
    }

    /** The unit of work already holds the global lock of {@link InMemoryTransactions}, so one worker runs at a time. */
    @Override
    public Optional<Rendered> lock(UUID documentId) {
        return find(documentId);
    }

    @Override
    public synchronized boolean add(UUID documentId, String key, Instant renderedAt) {
        return rows.putIfAbsent(documentId, new Rendered(documentId, key, renderedAt, null)) == null;
    }

    @Override
    public synchronized void markMailed(UUID documentId, Instant at) {
        rows.computeIfPresent(documentId, (id, r) -> new Rendered(id, r.key(), r.renderedAt(), at));
    }

    @Override
    public List<UUID> unrendered(Instant issuedBefore, int limit) {
        List<TimeKey> issued = new ArrayList<>();
        invoices.issuedBetween(Instant.MIN, issuedBefore).forEach(i -> issued.add(new TimeKey(i.issuedAt(), i.id())));
        invoices.creditNotesBetween(Instant.MIN, issuedBefore).forEach(n -> issued.add(new TimeKey(n.issuedAt(), n.id())));
        synchronized (this) {
            return issued.stream().filter(document -> !rows.containsKey(document.id())).sorted(TimeKey.OLDEST_FIRST)
                    .limit(limit).map(TimeKey::id).toList();
        }
    }

    @Override
    public synchronized Runnable snapshot() {
        var copy = new LinkedHashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}
