package in.mrmentor.bootstrap.notification;

import in.mrmentor.bootstrap.ContextModule;
import in.mrmentor.bootstrap.Platform;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.http.notification.NotificationRoutes;
import in.mrmentor.notification.ListNotifications;
import in.mrmentor.notification.ReadNotifications;

import java.util.List;

/**
 * The users' inboxes. The notifier that fills them stands on the {@link Platform} beside the mailer,
 * because every context writes notifications in its own transactions; this module serves the reads.
 */
public final class NotificationModule implements ContextModule {
    public final ListNotifications listNotifications;
    public final ReadNotifications readNotifications;

    public NotificationModule(Platform platform) {
        listNotifications = new ListNotifications(platform.notifications());
        readNotifications = new ReadNotifications(platform.notifications(), platform.transactions(), platform.clock());
    }

    @Override
    public List<RouteGroup> routes() {
        return List.of(new NotificationRoutes(listNotifications, readNotifications));
    }
}
