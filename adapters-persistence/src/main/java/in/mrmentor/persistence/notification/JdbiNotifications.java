package in.mrmentor.persistence.notification;

import in.mrmentor.notification.Notification;
import in.mrmentor.notification.NotificationType;
import in.mrmentor.notification.port.Notifications;
import in.mrmentor.persistence.KeysetPages;
import in.mrmentor.persistence.Timestamps;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

/**
 * Inboxes in PostgreSQL. {@link #addAll} is one multi-row INSERT whatever the number of recipients,
 * since it runs on the booking path, whose throughput a later issue optimises.
 */
public final class JdbiNotifications implements Notifications {
    private static final String COLUMNS = "id, user_id, type, category, priority, title, body, link, read_at, created_at";
    private static final RowMapper<Notification> ROW = (rs, ctx) -> new Notification(
            rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
            NotificationType.valueOf(rs.getString("type")), rs.getString("title"), rs.getString("body"),
            rs.getString("link"), Timestamps.instant(rs, "read_at"), Timestamps.instant(rs, "created_at"));

    private final Jdbi jdbi;

    public JdbiNotifications(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void addAll(List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO notifications (" + COLUMNS + ") VALUES ");
        for (int i = 0; i < notifications.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:id").append(i).append(", :user").append(i).append(", :type")
                    .append(i).append(", :category").append(i).append(", :priority").append(i).append(", :title")
                    .append(i).append(", :body").append(i).append(", :link").append(i).append(", :readAt").append(i)
                    .append(", :createdAt").append(i).append(')');
        }
        jdbi.useHandle(h -> {
            Update insert = h.createUpdate(sql.toString());
            for (int i = 0; i < notifications.size(); i++) {
                var n = notifications.get(i);
                insert.bind("id" + i, n.id()).bind("user" + i, n.userId()).bind("type" + i, n.type().name())
                        .bind("category" + i, n.type().category().name())
                        .bind("priority" + i, n.type().priority().name())
                        .bind("title" + i, n.title()).bind("body" + i, n.body())
                        .bindByType("link" + i, n.link(), String.class)
                        .bindByType("readAt" + i, n.readAt() == null ? null : utc(n.readAt()), OffsetDateTime.class)
                        .bind("createdAt" + i, utc(n.createdAt()));
            }
            insert.execute();
        });
    }

    @Override
    public List<Notification> page(UUID userId, boolean unreadOnly, PageRequest<TimeKey> page) {
        return jdbi.withHandle(h -> KeysetPages.bindTime(h.createQuery("SELECT " + COLUMNS + " FROM notifications "
                        + "WHERE user_id = :user AND (NOT :unreadOnly OR read_at IS NULL) AND "
                        + KeysetPages.beforeTime("created_at", "id")
                        + " ORDER BY created_at DESC, id LIMIT :fetch"), page)
                .bind("user", userId).bind("unreadOnly", unreadOnly)
                .map(ROW).list());
    }

    @Override
    public long countUnread(UUID userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM notifications WHERE user_id = :user "
                        + "AND read_at IS NULL")
                .bind("user", userId).mapTo(Long.class).one());
    }

    @Override
    public boolean markRead(UUID userId, UUID id, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE notifications SET read_at = COALESCE(read_at, :at) "
                        + "WHERE id = :id AND user_id = :user")
                .bind("id", id).bind("user", userId).bind("at", utc(at)).execute()) == 1;
    }

    @Override
    public int markAllRead(UUID userId, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE notifications SET read_at = :at "
                        + "WHERE user_id = :user AND read_at IS NULL")
                .bind("user", userId).bind("at", utc(at)).execute());
    }
}
