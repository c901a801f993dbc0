package in.mrmentor.slot.port.memory;

import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.slot.SlotRequest;
import in.mrmentor.slot.port.SlotRequests;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class InMemorySlotRequests implements SlotRequests, InMemoryTransactions.Participant {
    private final Map<UUID, SlotRequest> rows = new HashMap<>();

    @Override
    public synchronized void add(SlotRequest request) {
        rows.put(request.id(), request);
    }

    @Override
    public synchronized Optional<SlotRequest> lock(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized void update(SlotRequest request) {
        rows.replace(request.id(), request);
    }

    @Override
    public synchronized java.util.List<SlotRequest> forMentor(UUID mentorId, in.mrmentor.slot.SlotRequestStatus status,
                                                           PageRequest<TimeKey> page) {
        var mine = rows.values().stream().filter(r -> r.mentorId().equals(mentorId))
                .filter(r -> status == null || r.status() == status).toList();
        return page.take(mine, r -> new TimeKey(r.createdAt(), r.id()), TimeKey.OLDEST_FIRST);
    }

    @Override
    public synchronized java.util.List<SlotRequest> forStudent(UUID studentId, in.mrmentor.slot.SlotRequestStatus status,
                                                            PageRequest<TimeKey> page) {
        var mine = rows.values().stream().filter(r -> r.studentId().equals(studentId))
                .filter(r -> status == null || r.status() == status).toList();
        return page.take(mine, r -> new TimeKey(r.createdAt(), r.id()), TimeKey.OLDEST_FIRST);
    }

    @Override
    public synchronized int countOpen(UUID studentId) {
        return (int) rows.values().stream().filter(r -> r.studentId().equals(studentId) && r.status().isOpen()).count();
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, SlotRequest> copy = new HashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}
