package in.mrmentor.program.port.memory;

import in.mrmentor.program.Batch;
import in.mrmentor.program.BatchStatus;
import in.mrmentor.program.BatchTransition;
import in.mrmentor.program.port.Batches;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

public final class InMemoryBatches implements Batches, InMemoryTransactions.Participant {
    private final Map<UUID, Batch> rows = new LinkedHashMap<>();
    private final List<BatchTransition> transitions = new ArrayList<>();

    @Override
    public synchronized boolean add(Batch batch) {
        if (rows.containsKey(batch.id()) || findByCode(batch.code()).isPresent()) {
            return false;
        }
        rows.put(batch.id(), batch);
        return true;
    }

    @Override
    public synchronized Optional<Batch> find(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized Optional<Batch> findByCode(String code) {
        return rows.values().stream().filter(b -> b.code().equals(code)).findFirst();
    }

    @Override
    public Optional<Batch> lock(UUID id) {
        return find(id);
    }

    @Override
    public synchronized void replace(Batch batch) {
        rows.replace(batch.id(), batch);
    }

    @Override
    public synchronized void record(BatchTransition transition) {
        transitions.add(transition);
    }

    @Override
    public synchronized List<BatchTransition> history(UUID batchId) {
        return transitions.stream().filter(t -> t.batchId().equals(batchId)).toList();
    }

    @Override
    public synchronized List<Batch> page(Set<BatchStatus> statuses, PageRequest<TimeKey> request) {
        return request.take(rows.values().stream().filter(b -> statuses.isEmpty() || statuses.contains(b.status())).toList(),
                b -> new TimeKey(b.createdAt(), b.id()), TimeKey.OLDEST_FIRST);
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, Batch> copy = new LinkedHashMap<>(rows);
        List<BatchTransition> steps = new ArrayList<>(transitions);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
                transitions.clear();
                transitions.addAll(steps);
            }
        };
    }

}
