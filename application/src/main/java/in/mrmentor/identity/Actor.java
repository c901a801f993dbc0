package in.mrmentor.identity;

import java.util.Objects;
import java.util.UUID;

/**
 * Who administers an account: a signed-in administrator (HTTP) or the operator at the command line,
 * who acts as SUPERADMIN and is no user ({@code userId} null).
 */
public record Actor(UUID userId, Role role) {
    public static final Actor OPERATOR = new Actor(null, Role.SUPERADMIN);

    public Actor {
        Objects.requireNonNull(role, "role");
    }

    public static Actor of(Principal principal) {
        return new Actor(principal.userId(), principal.role());
    }
}
