package in.mrmentor.notification;

import in.mrmentor.notification.port.Notifications;
import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.TimeKey;

import java.util.UUID;

/** A user's inbox, newest first a page at a time, with how many are unread (for the badge). */
public final class ListNotifications {
    private static final Keyset<Notification, TimeKey> NEWEST_FIRST =
            Keyset.byTime("notifications", n -> new TimeKey(n.createdAt(), n.id()));

    /** One page of the inbox and the unread count of the whole inbox. */
    public record Inbox(Page<Notification> page, long unreadCount) {
    }

    private final Notifications notifications;

    public ListNotifications(Notifications notifications) {
        this.notifications = notifications;
    }

    /** @param cursor null for the first page */
    public Inbox list(UUID userId, boolean unreadOnly, int limit, String cursor) {
        var request = NEWEST_FIRST.request(cursor, limit);
        var page = NEWEST_FIRST.page(notifications.page(userId, unreadOnly, request), request);
        return new Inbox(page, notifications.countUnread(userId));
    }
}
