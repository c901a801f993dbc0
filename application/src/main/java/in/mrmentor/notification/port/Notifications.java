package in.mrmentor.notification.port;

import in.mrmentor.notification.Notification;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Users' inboxes. Writes join the caller's unit of work. */
public interface Notifications {

    /** Stores every notification in one write. */
    void addAll(List<Notification> notifications);

    /** A user's notifications, newest first by creation time, ties by ascending id; only unread ones if asked. */
    List<Notification> page(UUID userId, boolean unreadOnly, PageRequest<TimeKey> page);

    long countUnread(UUID userId);

    /** Marks the user's notification read (keeping an earlier read time); false when the user has no such notification. */
    boolean markRead(UUID userId, UUID id, Instant at);

    /** Marks every unread notification of the user read; answers how many it marked. */
    int markAllRead(UUID userId, Instant at);
}
