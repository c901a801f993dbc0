package in.mrmentor.identity;

import java.util.Objects;
import java.util.UUID;

/** Who is calling, once an access token has been accepted. */
public record Principal(UUID userId, Role role) {
    public Principal {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }
}
