package in.mrmentor.notification;

import in.mrmentor.notification.port.Notifications;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/** The user reads one notification, or clears the whole inbox; reading twice changes nothing. */
public final class ReadNotifications {
    private final Notifications notifications;
    private final Transactions transactions;
    private final Clock clock;

    public ReadNotifications(Notifications notifications, Transactions transactions, Clock clock) {
        this.notifications = notifications;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws in.mrmentor.shared.DomainException 404 {@code NOTIFICATION_NOT_FOUND}, also for another user's */
    public void read(UUID userId, UUID notificationId) {
        transactions.run(() -> {
            if (!notifications.markRead(userId, notificationId, clock.instant())) {
                throw NotificationErrors.notFound();
            }
        });
    }

    public int readAll(UUID userId) {
        return transactions.inTransaction(() -> notifications.markAllRead(userId, clock.instant()));
    }
}
