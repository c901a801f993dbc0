package in.mrmentor.invoice.port.memory;

import in.mrmentor.invoice.port.RenderedDocuments;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Rendered documents in a map; {@link #unrendered} is not tracked here (no issue dates), so it answers none. */
public final class InMemoryRenderedDocuments implements RenderedDocuments, InMemoryTransactions.Participant {
    private final Map<UUID, Rendered> rows = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Rendered> find(UUID documentId) {
        return Optional.ofNullable(rows.get(documentId));
    }

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
        return List.of();
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
