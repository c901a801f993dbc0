package in.mrmentor.slot.port.memory;

import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.slot.Slot;
import in.mrmentor.slot.SlotStatus;
import in.mrmentor.slot.port.Slots;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Slots in memory; every method is atomic, which is what the conditional claim needs. */
public final class InMemorySlots implements Slots, InMemoryTransactions.Participant {
    private final Map<UUID, Slot> rows = new LinkedHashMap<>();

    @Override
    public synchronized boolean add(Slot slot) {
        if (rows.containsKey(slot.id()) || rows.values().stream().anyMatch(slot::clashesWith)) {
            return false;
        }
        rows.put(slot.id(), slot);
        return true;
    }

    @Override
    public synchronized Optional<Slot> find(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Slot> lock(UUID id) {
        return find(id);
    }

    @Override
    public synchronized Optional<Slot> claim(UUID id, UUID studentId, Instant now) {
        Slot slot = rows.get(id);
        if (slot == null || !slot.isBookableBy(studentId, now)) {
            return Optional.empty();
        }
        Slot booked = slot.bookedBy(studentId);
        rows.put(id, booked);
        return Optional.of(booked);
    }

    @Override
    public synchronized void update(Slot slot) {
        rows.replace(slot.id(), slot);
    }

    @Override
    public synchronized List<Slot> byMentor(UUID mentorId, Instant from, Instant to, SlotStatus status,
                                            PageRequest<TimeKey> page) {
        var matching = rows.values().stream()
                .filter(s -> s.mentorId().equals(mentorId))
                .filter(s -> from == null || !s.time().start().isBefore(from))
                .filter(s -> to == null || s.time().start().isBefore(to))
                .filter(s -> status == null || s.status() == status)
                .toList();
        return page.take(matching, InMemorySlots::startKey, TimeKey.OLDEST_FIRST);
    }

    @Override
    public synchronized List<Slot> matching(Filter filter, PageRequest<TimeKey> page) {
        var matching = rows.values().stream()
                .filter(s -> filter.status() == null || s.status() == filter.status())
                .filter(s -> filter.mentorId() == null || s.mentorId().equals(filter.mentorId()))
                .filter(s -> filter.studentId() == null || filter.studentId().equals(s.studentId()))
                .filter(s -> filter.from() == null || !s.time().start().isBefore(filter.from()))
                .filter(s -> filter.to() == null || s.time().start().isBefore(filter.to()))
                .toList();
        return page.take(matching, InMemorySlots::startKey, TimeKey.OLDEST_FIRST);
    }

    /** The in-memory unit of work is already exclusive, so counting is enough. */
    @Override
    public synchronized int lockStudentAndCountFreeMeetings(UUID studentId) {
        return (int) rows.values().stream().filter(s -> studentId.equals(s.studentId()) && s.tokenCost() == 0)
                .filter(s -> java.util.EnumSet.of(SlotStatus.CONFIRMED, SlotStatus.CANCELLATION_REQUESTED,
                        SlotStatus.UNDER_REVIEW, SlotStatus.COMPLETED).contains(s.status()))
                .count();
    }

    @Override
    public synchronized List<Slot> byStudent(UUID studentId, PageRequest<TimeKey> page) {
        var booked = rows.values().stream().filter(s -> s.isStudent(studentId)).toList();
        return page.take(booked, InMemorySlots::startKey, TimeKey.OLDEST_FIRST);
    }

    private static TimeKey startKey(Slot slot) {
        return new TimeKey(slot.time().start(), slot.id());
    }

    @Override
    public synchronized List<Slot> unbookedStartedBefore(Instant now) {
        return rows.values().stream()
                .filter(s -> s.isUnbooked() && s.time().start().isBefore(now))
                .sorted(Comparator.comparing((Slot s) -> s.time().start()))
                .toList();
    }

    @Override
    public synchronized List<Slot> confirmedEndedBefore(Instant cutoff) {
        return rows.values().stream()
                .filter(s -> s.status() == SlotStatus.CONFIRMED && s.time().end().isBefore(cutoff))
                .sorted(Comparator.comparing((Slot s) -> s.time().end()))
                .toList();
    }

    @Override
    public synchronized boolean removeUnbooked(UUID id) {
        Slot slot = rows.get(id);
        if (slot == null || !slot.isUnbooked()) {
            return false;
        }
        rows.remove(id);
        return true;
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, Slot> copy = new LinkedHashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}
