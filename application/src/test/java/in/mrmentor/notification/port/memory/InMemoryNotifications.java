package in.mrmentor.notification.port.memory;

import in.mrmentor.notification.Notification;
import in.mrmentor.notification.port.Notifications;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class InMemoryNotifications implements Notifications, InMemoryTransactions.Participant {
    private final Map<UUID, Notification> rows = new LinkedHashMap<>();

    @Override
    public synchronized void addAll(List<Notification> notifications) {
        notifications.forEach(n -> rows.put(n.id(), n));
    }

    @Override
    public synchronized List<Notification> page(UUID userId, boolean unreadOnly, PageRequest<TimeKey> page) {
        var mine = rows.values().stream().filter(n -> n.userId().equals(userId))
                .filter(n -> !unreadOnly || n.unread()).toList();
        return page.take(mine, n -> new TimeKey(n.createdAt(), n.id()), TimeKey.NEWEST_FIRST);
    }

    @Override
    public synchronized long countUnread(UUID userId) {
        return rows.values().stream().filter(n -> n.userId().equals(userId) && n.unread()).count();
    }

    @Override
    public synchronized boolean markRead(UUID userId, UUID id, Instant at) {
        var found = rows.get(id);
        if (found == null || !found.userId().equals(userId)) {
            return false;
        }
        rows.put(id, found.readAt(at));
        return true;
    }

    @Override
    public synchronized int markAllRead(UUID userId, Instant at) {
        int marked = 0;
        for (var n : List.copyOf(rows.values())) {
            if (n.userId().equals(userId) && n.unread()) {
                rows.put(n.id(), n.readAt(at));
                marked++;
            }
        }
        return marked;
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, Notification> copy = new LinkedHashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}
