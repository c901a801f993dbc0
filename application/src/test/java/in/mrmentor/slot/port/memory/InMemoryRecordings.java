package in.mrmentor.slot.port.memory;

import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.slot.Recording;
import in.mrmentor.slot.port.Recordings;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryRecordings implements Recordings, InMemoryTransactions.Participant {
    private final Map<UUID, Recording> rows = new HashMap<>();

    @Override
    public synchronized void add(Recording recording) {
        rows.put(recording.id(), recording);
    }

    @Override
    public synchronized Optional<Recording> find(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized boolean replace(Recording recording) {
        return rows.replace(recording.id(), recording) != null;
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, Recording> copy = new HashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}
