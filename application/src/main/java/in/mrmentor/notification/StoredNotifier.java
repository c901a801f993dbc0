package in.mrmentor.notification;

import in.mrmentor.notification.port.Notifications;
import in.mrmentor.shared.port.Ids;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** The {@link Notifier} every context uses: the notices become unread notifications, stored at once. */
public final class StoredNotifier implements Notifier {
    private final Notifications notifications;
    private final Clock clock;
    private final Ids ids;

    public StoredNotifier(Notifications notifications, Clock clock, Ids ids) {
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    @Override
    public void notify(List<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        var now = clock.instant();
        notifications.addAll(notices.stream().map(notice -> new Notification(ids.next(), notice.userId(),
                notice.type(), notice.title(), notice.body(), notice.link(), null, now)).toList());
    }
}
