package in.mrmentor.http.notification;

import in.mrmentor.http.Access;
import in.mrmentor.http.Caller;
import in.mrmentor.http.Input;
import in.mrmentor.http.Route;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.notification.ListNotifications;
import in.mrmentor.notification.Notification;
import in.mrmentor.notification.ReadNotifications;
import in.mrmentor.shared.ErrorKind;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The caller's in-app notifications (API.md wave 2): the inbox with its unread count, and reading. */
public final class NotificationRoutes implements RouteGroup {

    public record NotificationJson(UUID id, String type, String category, String priority, String title, String body,
                                   String link, Instant readAt, Instant createdAt) {
        static NotificationJson of(Notification n) {
            return new NotificationJson(n.id(), n.type().name(), n.type().category().name(),
                    n.type().priority().name(), n.title(), n.body(), n.link(), n.readAt(), n.createdAt());
        }
    }

    /** A page of the inbox; {@code unreadCount} counts the whole inbox, not the page. */
    public record InboxJson(List<NotificationJson> items, String nextCursor, long unreadCount) {
    }

    private final ListNotifications list;
    private final ReadNotifications read;

    public NotificationRoutes(ListNotifications list, ReadNotifications read) {
        this.list = list;
        this.read = read;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/notifications", Access.anyUser(), "The caller's notifications, newest first, and the unread count",
                        ctx -> {
                            var inbox = list.list(Caller.principal(ctx).userId(), Input.flagQuery(ctx, "unread"), Input.limit(ctx),
                                    Input.cursor(ctx));
                            ctx.json(new InboxJson(inbox.page().items().stream().map(NotificationJson::of).toList(),
                                    inbox.page().nextCursor(), inbox.unreadCount()));
                        })
                        .query("unread", Boolean.class, "true: only unread notifications")
                        .paged()
                        .returns(InboxJson.class),
                Route.post("/api/notifications/read-all", Access.anyUser(), "Mark every notification of the caller read",
                        ctx -> {
                            read.readAll(Caller.principal(ctx).userId());
                            ctx.status(204);
                        }).returnsNoContent(),
                Route.post("/api/notifications/{id}/read", Access.anyUser(), "Mark one of the caller's notifications read",
                        ctx -> {
                            read.read(Caller.principal(ctx).userId(), Input.uuidPath(ctx, "id"));
                            ctx.status(204);
                        }).returnsNoContent().error(ErrorKind.NOT_FOUND, "NOTIFICATION_NOT_FOUND"));
    }

}
