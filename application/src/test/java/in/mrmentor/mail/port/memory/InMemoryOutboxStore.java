package in.mrmentor.mail.port.memory;

import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.mail.OutboxEntry.Status;
import in.mrmentor.mail.OutboxEntry;
import in.mrmentor.mail.OutgoingEmail;
import in.mrmentor.mail.SentEmail;
import in.mrmentor.mail.port.OutboxStore;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryOutboxStore implements OutboxStore, InMemoryTransactions.Participant {
    private final Map<UUID, OutboxEntry> rows = new LinkedHashMap<>();
    private final List<SentEmail> sent = new ArrayList<>();
    private final Clock clock;
    private final Ids ids;

    public InMemoryOutboxStore(Clock clock, Ids ids) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    @Override
    public synchronized UUID add(OutgoingEmail email) {
        UUID id = ids.next();
        rows.put(id, new OutboxEntry(id, email, Status.PENDING, clock.instant()));
        return id;
    }

    @Override
    public synchronized Optional<OutboxEntry> find(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized List<OutboxEntry> newest(int limit) {
        List<OutboxEntry> newestFirst = new ArrayList<>(rows.values());
        Collections.reverse(newestFirst);
        return newestFirst.stream().limit(Math.max(0, limit)).map(InMemoryOutboxStore::listed).toList();
    }

    @Override
    public synchronized List<OutboxEntry> page(PageRequest<TimeKey> page) {
        return page.take(rows.values(), entry -> new TimeKey(entry.createdAt(), entry.id()), TimeKey.NEWEST_FIRST)
                .stream().map(InMemoryOutboxStore::listed).toList();
    }

    /** Listings leave the files out, as the port says. */
    private static OutboxEntry listed(OutboxEntry entry) {
        return new OutboxEntry(entry.id(), entry.email().attaching(List.of()), entry.status(), entry.createdAt(),
                entry.lastError());
    }

    @Override
    public synchronized boolean markSent(UUID id, Instant at, String transport, String messageId) {
        OutboxEntry entry = rows.get(id);
        if (!move(id, Status.SENT, null)) {
            return false;
        }
        sent.add(new SentEmail(ids.next(), id, entry.email().to(), entry.email().subject(), transport, messageId, at));
        return true;
    }

    @Override
    public synchronized boolean markKept(UUID id) {
        return move(id, Status.KEPT, null);
    }

    @Override
    public synchronized boolean markFailed(UUID id, String error) {
        return move(id, Status.FAILED, error);
    }

    private boolean move(UUID id, Status next, String error) {
        OutboxEntry entry = rows.get(id);
        if (entry == null || !entry.status().canMoveTo(next)) {
            return false;
        }
        rows.put(id, new OutboxEntry(id, entry.email(), next, entry.createdAt(), error));
        return true;
    }

    @Override
    public synchronized List<UUID> pendingOlderThan(Instant before, int limit) {
        return rows.values().stream()
                .filter(e -> e.status() == Status.PENDING && e.createdAt().isBefore(before))
                .limit(Math.max(0, limit))
                .map(OutboxEntry::id)
                .toList();
    }

    @Override
    public synchronized List<SentEmail> sentNewest(int limit) {
        List<SentEmail> newestFirst = new ArrayList<>(sent);
        newestFirst.sort((a, b) -> b.sentAt().compareTo(a.sentAt()));
        return newestFirst.stream().limit(Math.max(0, limit)).toList();
    }

    @Override
    public synchronized Map<Status, Long> countByStatus() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0L);
        }
        rows.values().forEach(entry -> counts.merge(entry.status(), 1L, Long::sum));
        return counts;
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, OutboxEntry> rowsCopy = new LinkedHashMap<>(rows);
        List<SentEmail> sentCopy = new ArrayList<>(sent);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(rowsCopy);
                sent.clear();
                sent.addAll(sentCopy);
            }
        };
    }
}
