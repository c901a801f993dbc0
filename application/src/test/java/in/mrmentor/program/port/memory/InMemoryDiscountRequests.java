package in.mrmentor.program.port.memory;

import in.mrmentor.program.DiscountRequest;
import in.mrmentor.program.DiscountStatus;
import in.mrmentor.program.port.DiscountRequests;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryDiscountRequests implements DiscountRequests, InMemoryTransactions.Participant {
    private final Map<UUID, DiscountRequest> rows = new LinkedHashMap<>();

    @Override
    public synchronized boolean add(DiscountRequest request) {
        boolean open = rows.values().stream().anyMatch(r -> r.applicationId().equals(request.applicationId())
                && r.status() != DiscountStatus.REJECTED);
        if (rows.containsKey(request.id()) || open) {
            return false;
        }
        rows.put(request.id(), request);
        return true;
    }

    @Override
    public synchronized Optional<DiscountRequest> find(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<DiscountRequest> lock(UUID id) {
        return find(id);
    }

    @Override
    public synchronized void replace(DiscountRequest request) {
        rows.replace(request.id(), request);
    }

    @Override
    public synchronized Optional<DiscountRequest> approvedFor(UUID applicationId) {
        return rows.values().stream().filter(r -> r.applicationId().equals(applicationId)
                && r.status() == DiscountStatus.APPROVED).findFirst();
    }

    @Override
    public synchronized List<DiscountRequest> page(DiscountStatus status, PageRequest<TimeKey> request) {
        return request.take(rows.values().stream().filter(r -> status == null || r.status() == status).toList(),
                r -> new TimeKey(r.createdAt(), r.id()), TimeKey.NEWEST_FIRST);
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, DiscountRequest> copy = new LinkedHashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}
