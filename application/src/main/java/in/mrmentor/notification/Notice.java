package in.mrmentor.notification;

import java.util.Objects;
import java.util.UUID;

/**
 * What another context asks to tell a user: the notification without its id, time and read state,
 * which {@link Notifier} adds.
 *
 * @param link an API path of the record it tells of, or null
 */
public record Notice(UUID userId, NotificationType type, String title, String body, String link) {
    public Notice {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(type, "type");
    }
}
