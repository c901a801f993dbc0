package in.mrmentor.notification;

import in.mrmentor.shared.Validation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One in-app notification in a user's inbox (seed {@code Notification}).
 *
 * @param link   where a client takes the user (an API path of the record it tells of), or null
 * @param readAt when the user read it; null while unread
 */
public record Notification(UUID id, UUID userId, NotificationType type, String title, String body, String link,
                           Instant readAt, Instant createdAt) {
    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 2000;
    public static final int MAX_LINK = 500;

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
        new Validation()
                .requireText(title, "title", MAX_TITLE)
                .requireText(body, "body", MAX_BODY)
                .optionalText(link, "link", MAX_LINK)
                .orThrow();
    }

    public boolean unread() {
        return readAt == null;
    }

    public Notification readAt(Instant at) {
        return readAt != null ? this : new Notification(id, userId, type, title, body, link, at, createdAt);
    }
}
