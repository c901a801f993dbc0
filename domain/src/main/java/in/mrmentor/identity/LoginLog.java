package in.mrmentor.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One audit row. {@code userId} is empty when nobody matched (a failed sign-in for an unknown
 * address), so the address tried is kept as text.
 */
public record LoginLog(UUID id, UUID userId, String email, LoginEvent event, Instant at) {
    public static final int MAX_EMAIL_LENGTH = 320;

    public LoginLog {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(at, "at");
        if (email.length() > MAX_EMAIL_LENGTH) {
            email = email.substring(0, MAX_EMAIL_LENGTH);
        }
    }
}
