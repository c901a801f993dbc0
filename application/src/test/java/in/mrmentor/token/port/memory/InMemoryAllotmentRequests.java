package in.mrmentor.token.port.memory;

import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.shared.port.memory.PostgresOrder;
import in.mrmentor.token.AllotmentRequest;
import in.mrmentor.token.AllotmentStatus;
import in.mrmentor.token.port.AllotmentRequests;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryAllotmentRequests implements AllotmentRequests, InMemoryTransactions.Participant {
    private final Map<UUID, AllotmentRequest> rows = new LinkedHashMap<>();

    @Override
    public synchronized void add(AllotmentRequest request) {
        if (rows.putIfAbsent(request.id(), request) != null) {
            throw new IllegalStateException("request " + request.id() + " exists");
        }
    }

    @Override
    public synchronized Optional<AllotmentRequest> lock(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized void replace(AllotmentRequest request) {
        rows.replace(request.id(), request);
    }

    @Override
    public synchronized List<AllotmentRequest> list(AllotmentStatus status, PageRequest<TimeKey> page) {
        var inStatus = rows.values().stream().filter(request -> status == null || request.status() == status).toList();
        return page.take(inStatus, request -> new TimeKey(request.createdAt(), request.id()), TimeKey.NEWEST_FIRST);
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, AllotmentRequest> copy = new LinkedHashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}
