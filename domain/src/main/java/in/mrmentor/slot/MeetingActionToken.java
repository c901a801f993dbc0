package in.mrmentor.slot;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A one-time link in a meeting mail (seed 003 {@code MeetingActionToken}): whoever holds it may do
 * {@code action} on the slot as {@code userId}, once, until it expires. Only the SHA-256 digest of
 * the secret is stored, so a database reader cannot use the links.
 */
public record MeetingActionToken(UUID id, UUID slotId, UUID userId, Action action, String digest, Instant expiresAt,
                                 Instant usedAt) {
    /** Links stay valid for a week: long enough for a booking made days ahead, short enough to go stale. */
    public static final Duration LIFETIME = Duration.ofDays(7);

    public enum Action {
        REQUEST_CANCELLATION
    }

    public MeetingActionToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slotId, "slotId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
